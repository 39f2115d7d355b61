using Backup.Iac.Catalog;
using Backup.Iac.Graph;

namespace Backup.Iac.Emit.Pulumi;

/// <summary>
/// What the Pulumi YAML output (AWS classic provider <c>aws</c> 7.48.0) cannot express, codes BKP8101-BKP8199: reported
/// by <see cref="PulumiEmitter.Emit"/> in its result as ordinary diagnostics, never dropped silently.
/// </summary>
public static class PulumiLimits
{
    internal const string Reference = "../shared/reference/pulumi/README.md (aws 7.48.0: the 13 aws:backup resources)";

    /// <summary>Backup rules' index actions have no input in the classic provider.</summary>
    public static readonly Constraint IndexActions = new(
        "BKP8103", null, Severity.Warning,
        "The Pulumi aws provider cannot set a backup rule's index actions",
        "The rule's IndexActions are not in Pulumi.yaml: the aws provider's plan rules have no index actions. Turn indexing on for the rule with `aws backup update-backup-plan` after `pulumi up` (or use the CloudFormation output), or remove IndexActions.",
        Reference + "; aws:backup/PlanRule:PlanRule inputs in aws-backup-resources.json",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_IndexAction.html")
    {
        Why = "Without index actions the recovery points of the rule are not indexed, so they cannot be searched; the Pulumi program would deploy without them.",
    };

    /// <summary>An air-gapped vault's multi-party approval team has no input in the classic provider.</summary>
    public static readonly Constraint MpaApprovalTeam = new(
        "BKP8104", null, Severity.Warning,
        "The Pulumi aws provider cannot set an air-gapped vault's approval team",
        "The vault's MpaApprovalTeamArn is not in Pulumi.yaml: the aws provider's logically air-gapped vault has no such input. Associate the team with `aws backup associate-backup-vault-mpa-approval-team` after `pulumi up` (or use the CloudFormation output), or remove MpaApprovalTeamArn.",
        Reference + "; aws:backup/logicallyAirGappedVault inputs in aws-backup-resources.json",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_AssociateBackupVaultMpaApprovalTeam.html");

    /// <summary>The provider's Region settings require the opt-in preferences.</summary>
    public static readonly Constraint RegionOptIn = new(
        "BKP8105", null, Severity.Error,
        "The Pulumi aws provider needs the Region's service opt-in preferences",
        "The Region settings have no ResourceTypeOptInPreference, which the aws provider's Region settings resource requires. Set ResourceTypeOptInPreference (for example the Region's current opt-ins), or remove the Region settings from this stack.",
        Reference + "; aws:backup/regionSettings requiredInputs in aws-backup-resources.json",
        "https://docs.aws.amazon.com/aws-backup/latest/devguide/API_UpdateRegionSettings.html");

    /// <summary>A property of a resource that the provider's resource has no input for.</summary>
    public static readonly Constraint Property = new(
        "BKP8106", null, Severity.Warning,
        "A property has no counterpart in the Pulumi aws provider",
        "{0} is not in Pulumi.yaml: the aws provider's {1} has no input for it. Set it outside Pulumi (or use the CloudFormation output), or remove it.",
        Reference + "; inputs of each resource in aws-backup-resources.json",
        "https://www.pulumi.com/registry/packages/aws/api-docs/backup/");

    /// <summary>A resource type without a mapping to the provider.</summary>
    public static readonly Constraint ResourceType = new(
        "BKP8107", null, Severity.Warning,
        "A resource type has no counterpart in the Pulumi output",
        "The {0} resource is not in Pulumi.yaml: Backup.Iac has no mapping of {0} to the aws provider. Manage it outside this program, or remove it from this stack.",
        Reference,
        "https://www.pulumi.com/registry/packages/aws/");

    /// <summary>A value written in CloudFormation's terms that Pulumi YAML cannot express.</summary>
    public static readonly Constraint Value = new(
        "BKP8108", null, Severity.Error,
        "A value cannot be written in Pulumi YAML",
        "{0} cannot be written in Pulumi YAML: {1}. Replace it with a literal value or a reference to a resource of this stack.",
        Reference + " (Pulumi YAML expressions)",
        "https://www.pulumi.com/docs/iac/languages-sdks/yaml/yaml-language-reference/");

    /// <summary>All limits of this emitter (with those of the types it has no resource for, declared by their mappings).</summary>
    public static IReadOnlyList<Constraint> All { get; } =
        [.. Mappings.PulumiMappings.Unsupported.Values.OrderBy(c => c.Code, StringComparer.Ordinal), IndexActions, MpaApprovalTeam, RegionOptIn, Property, ResourceType, Value];
}
