using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>BKP9003: keys of tag maps, backup options and restore metadata overrides must be literal (CloudFormation object keys cannot be intrinsics).</summary>
internal sealed class MapKeysAreLiteral : IValidator<BackupStack>
{
    /// <summary>
    /// The maps each construct type writes as CloudFormation object keys. A type without an entry writes none (its
    /// tags are a Key/Value list, or it has no map); the kinds tests list those types explicitly.
    /// </summary>
    internal static readonly IReadOnlyDictionary<Type, Action<Construct, ValidationContext>> ByConstruct = new Dictionary<Type, Action<Construct, ValidationContext>>
    {
        [typeof(BackupVault)] = (node, context) => Keys(((BackupVault)node).Props.Tags, node, null, nameof(BackupVaultProps.Tags), context),
        [typeof(LogicallyAirGappedBackupVault)] = (node, context) => Keys(((LogicallyAirGappedBackupVault)node).Props.Tags, node, null, nameof(LogicallyAirGappedBackupVaultProps.Tags), context),
        [typeof(BackupPlan)] = (node, context) =>
        {
            var p = (BackupPlan)node;
            Keys(p.Props.Tags, p, null, nameof(BackupPlanProps.Tags), context);
            for (var i = 0; i < p.Props.AdvancedBackupSettings.Count; i++)
            {
                Keys(p.Props.AdvancedBackupSettings[i].BackupOptions, p, null, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.BackupOptions)), context);
            }

            for (var i = 0; i < p.Rules.Count; i++)
            {
                Keys(p.Rules[i].RecoveryPointTags, p, ConstructPath.Item(nameof(BackupPlanProps.Rules), p.RuleNameAt(i)), nameof(BackupPlanRule.RecoveryPointTags), context);
            }
        },
        [typeof(RestoreTestingPlan)] = (node, context) => Keys(((RestoreTestingPlan)node).Props.Tags, node, null, nameof(RestoreTestingPlanProps.Tags), context),
        [typeof(RestoreTestingSelection)] = (node, context) => Keys(((RestoreTestingSelection)node).Options.RestoreMetadataOverrides, node, null, nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides), context),
        [typeof(LegalHold)] = (node, context) => Keys(((LegalHold)node).Props.Tags, node, null, nameof(LegalHoldProps.Tags), context),
        [typeof(TieringConfiguration)] = (node, context) => Keys(((TieringConfiguration)node).Props.Tags, node, null, nameof(TieringConfigurationProps.Tags), context),
        [typeof(GlobalSettings)] = (node, context) => Keys(((GlobalSettings)node).Props.Other, node, null, nameof(GlobalSettingsProps.Other), context),
    };

    public void Check(BackupStack stack, ValidationContext context)
    {
        foreach (var node in stack.Descendants())
        {
            if (ByConstruct.TryGetValue(node.GetType(), out var check))
            {
                check(node, context);
            }
        }
    }

    private static void Keys<T>(IReadOnlyDictionary<string, T>? map, Construct owner, string? subPath, string property, ValidationContext context)
    {
        foreach (var key in map?.Keys.Where(Token.IsUnresolved) ?? [])
        {
            context.Report(ToolConstraints.LiteralMapKey, owner, subPath, property, property, Selections.SelectionFacts.Display(key));
        }
    }
}
