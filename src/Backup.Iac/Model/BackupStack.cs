namespace Backup.Iac;

/// <summary>Properties of a <see cref="BackupStack"/>.</summary>
public sealed record BackupStackProps
{
    /// <summary>The AWS account ID the stack deploys to (12 digits).</summary>
    /// <value>Default: unknown until deploy; account-dependent checks (cross-account copies) are skipped.</value>
    public string? Account { get; init; }

    /// <summary>The Region the stack deploys to, e.g. <c>eu-west-1</c>.</summary>
    /// <value>Default: unknown until deploy; Region-dependent checks (cross-Region copies) are skipped.</value>
    public string? Region { get; init; }

    /// <summary>The stack's name in CloudFormation.</summary>
    /// <value>Default: the stack's construct ID.</value>
    public string? StackName { get; init; }

    /// <summary>A description written into the template.</summary>
    /// <value>Default: no description.</value>
    public string? Description { get; init; }
}

/// <summary>A unit of deployment: one CloudFormation stack (or one Pulumi program) with its vaults, plans and selections.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stack is AWS's word for the unit of deployment.")]
public sealed class BackupStack : Construct
{
    internal BackupStack(BackupApp app, string id, BackupStackProps props)
        : base(app, id)
    {
        Props = props;
    }

    /// <summary>The properties given at creation.</summary>
    public BackupStackProps Props { get; }

    /// <summary>The stack's name.</summary>
    public string StackName => Props.StackName ?? Id;

    /// <summary>The account, when known at synth time.</summary>
    public string? Account => Props.Account;

    /// <summary>The Region, when known at synth time.</summary>
    public string? Region => Props.Region;

    /// <summary>Adds a backup vault.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The vault's properties.</param>
    /// <returns>The vault.</returns>
    public BackupVault AddVault(string id, BackupVaultProps? props = null) => new(this, id, props ?? new BackupVaultProps());

    /// <summary>Adds a backup plan.</summary>
    /// <param name="id">The construct ID.</param>
    /// <param name="props">The plan's properties.</param>
    /// <returns>The plan.</returns>
    public BackupPlan AddPlan(string id, BackupPlanProps props) => new(this, id, props);
}
