using System.Collections.Immutable;
using Names = Backup.Iac.Graph.CloudFormation.CfnLogicallyAirGappedBackupVault;

namespace Backup.Iac.Emit.Pulumi.Mappings;

/// <summary>A logically air-gapped vault, with its policy and notifications as a standard vault's; its approval team is a limit.</summary>
internal sealed class LogicallyAirGappedBackupVaultMapping : PulumiMapping
{
    public override string CloudFormationType => Names.CfnResourceType;

    public override string PulumiType => "aws:backup:LogicallyAirGappedVault";

    public override string? RefOutput => "name";

    public override ImmutableDictionary<string, string> AttributeOutputs { get; } = Attributes((Names.BackupVaultName, "name"), (Names.BackupVaultArn, "arn"));

    public override bool ExportsArn => true;

    public override void Map(MappingContext c)
    {
        var r = c.Properties;
        c.Add(MappingContext.Props(
            ("name", c.Take(r, Names.BackupVaultName)), ("minRetentionDays", c.Take(r, Names.MinRetentionDays)), ("maxRetentionDays", c.Take(r, Names.MaxRetentionDays)),
            ("encryptionKeyArn", c.Take(r, Names.EncryptionKeyArn)), ("tags", c.Take(r, Names.BackupVaultTags))));
        BackupVaultMapping.Parts(c);
        if (r.Has(Names.MpaApprovalTeamArn))
        {
            c.Report(PulumiLimits.MpaApprovalTeam, c.Path, Names.MpaApprovalTeamArn);
        }
    }
}
