namespace Backup.Iac.Catalog;

/// <summary>The <c>AWS::Organizations::Policy</c> resource of a backup policy (ORGP, governance catalog §6.3): codes BKP6101-BKP6199.</summary>
internal static class OrganizationPolicyConstraints
{
    public static readonly Constraint ContentSize = new(
        "BKP6103", "ORGP-003", Severity.Error,
        "A backup policy is at most 10,000 characters",
        "The policy's content is {0} characters as emitted (minified JSON); AWS Organizations accepts at most 10,000 for a backup policy. Split the plans over several policies.",
        "Org quotas (backup policy maximum size 10,000 characters); catalog ORGP-003 (not in seeds)",
        Orgs.Quotas)
    {
        Why = "Whitespace counts when the policy is submitted through CloudFormation or an SDK, so the library measures the minified JSON it emits.",
    };

    public static readonly Constraint NameAndDescription = new(
        "BKP6104", "ORGP-004", Severity.Error,
        "Policy names are 1 to 128 characters, descriptions at most 512",
        "{0}. Use a PolicyName of 1 to 128 characters and a Description of at most 512.",
        "BOTO organizations PolicyName, PolicyDescription; CFN aws-organizations-policy.json",
        Orgs.CfnPolicy);

    public static readonly Constraint TargetId = new(
        "BKP6105", "ORGP-005", Severity.Error,
        "Policy targets are a root, an OU or an account",
        "The target '{0}' is not a root ID (such as r-a1b2), an organizational unit ID (such as ou-a1b2-pr000001) or a 12-digit account ID. Use the ID as Organizations shows it, or a node of an OrganizationTree.",
        "BOTO organizations PolicyTargetId; CFN aws-organizations-policy.json (TargetIds pattern)",
        Orgs.CfnPolicy);

    public static readonly Constraint NoTargets = new(
        "BKP6155", "ORGP-005", Severity.Warning,
        "A backup policy without targets protects nothing",
        "The policy has no targets; a backup policy has no effect until it is attached to the root, an organizational unit or an account. Set Targets.",
        "DG §Creating a backup policy L16348-16349",
        Orgs.CreatePolicy);

    public static readonly Constraint DeployingAccount = new(
        "BKP6106", "ORGP-006", Severity.Error,
        "Backup policies are managed from the management or a delegated administrator account",
        "The policy is in a stack for account {0}, which the organization tree declares as neither its management account ({1}) nor a delegated administrator. Member accounts cannot create backup policies; deploy this stack to the management account or a delegated administrator.",
        "DG §Delegated administrator L16105-16112; table L16121-16152",
        Docs.DevGuide + "manage-cross-account.html#backup-delegatedadmin");

    public static readonly Constraint Prerequisites = new(
        "BKP6107", "ORGP-007", Severity.Warning,
        "Backup policies need all features, the policy type and trusted access",
        "The organization tree declares that {0}; backup policies then have no effect. {1}.",
        "DG §Delegated administrator L16174; §Enabling cross-account management L16077-16098; all features and policy type enablement (not in seeds)",
        Orgs.CrossAccount);

    public static readonly Constraint Detached = new(
        "BKP6108", "ORGP-008", Severity.Warning,
        "Detaching a backup policy deletes the plans it created",
        "The policy no longer targets {0}. Accounts that lose a backup policy lose its plans: AWS Backup deletes the organization-managed backup plans from them. Keep the target, or make sure other plans protect those accounts.",
        "DG §Creating a backup policy L16476-16479",
        Orgs.CreatePolicy);

    public static readonly Constraint PolicyQuota = new(
        "BKP6109", "ORGP-009", Severity.Error,
        "An organization has at most 1,000 backup policies",
        "The app defines {0} backup policies; AWS Organizations allows at most 1,000 backup policies in an organization. Merge policies.",
        "DG §Managing AWS Backup resources across multiple AWS accounts L16000 (Organizations quotas apply); Org quotas (not in seeds)",
        Orgs.Quotas);

    public static IReadOnlyList<Constraint> All { get; } = [ContentSize, NameAndDescription, TargetId, NoTargets, DeployingAccount, Prerequisites, Detached, PolicyQuota];
}
