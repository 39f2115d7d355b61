namespace Backup.Iac;

/// <summary>Properties of a <see cref="ReportPlan"/>.</summary>
public sealed record ReportPlanProps
{
    /// <summary>The report plan's name: 1 to 256 letters, digits and underscores, starting with a letter. Create-only: renaming replaces the plan.</summary>
    /// <value>Default: the construct ID with every other character replaced by <c>_</c> (and <c>R</c> in front when it does not start with a letter).</value>
    public string? ReportPlanName { get; init; }

    /// <summary>A description of up to 1,024 characters.</summary>
    /// <value>Default: none.</value>
    public string? Description { get; init; }

    /// <summary>What the reports cover; build it with <see cref="Backup.Iac.ReportSetting"/>'s factories.</summary>
    public required ReportSetting ReportSetting { get; init; }

    /// <summary>Where the reports go.</summary>
    public required ReportDeliveryChannel ReportDeliveryChannel { get; init; }

    /// <summary>Tags of the report plan.</summary>
    /// <value>Default: none.</value>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
