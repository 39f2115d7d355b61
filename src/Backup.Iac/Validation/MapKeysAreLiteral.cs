using Backup.Iac.Catalog;

namespace Backup.Iac.Validation;

/// <summary>BKP9003: keys of tag maps, backup options and restore metadata overrides must be literal (CloudFormation object keys cannot be intrinsics).</summary>
internal sealed class MapKeysAreLiteral : IValidator<BackupStack>
{
    public void Check(BackupStack stack, ValidationContext context)
    {
        foreach (var node in stack.Descendants())
        {
            switch (node)
            {
                case BackupVault v:
                    Keys(v.Props.Tags, v, null, nameof(BackupVaultProps.Tags), context);
                    break;
                case LogicallyAirGappedBackupVault v:
                    Keys(v.Props.Tags, v, null, nameof(LogicallyAirGappedBackupVaultProps.Tags), context);
                    break;
                case BackupPlan p:
                    Keys(p.Props.Tags, p, null, nameof(BackupPlanProps.Tags), context);
                    for (var i = 0; i < p.Props.AdvancedBackupSettings.Count; i++)
                    {
                        Keys(p.Props.AdvancedBackupSettings[i].BackupOptions, p, null, PropertyPath.Of(nameof(BackupPlanProps.AdvancedBackupSettings)).Index(i).Then(nameof(AdvancedBackupSetting.BackupOptions)), context);
                    }

                    for (var i = 0; i < p.Rules.Count; i++)
                    {
                        Keys(p.Rules[i].RecoveryPointTags, p, ConstructPath.Item(nameof(BackupPlanProps.Rules), p.RuleNameAt(i)), nameof(BackupPlanRule.RecoveryPointTags), context);
                    }

                    break;
                case RestoreTestingPlan r:
                    Keys(r.Props.Tags, r, null, nameof(RestoreTestingPlanProps.Tags), context);
                    break;
                case RestoreTestingSelection r:
                    Keys(r.Options.RestoreMetadataOverrides, r, null, nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides), context);
                    break;
                case LegalHold h:
                    Keys(h.Props.Tags, h, null, nameof(LegalHoldProps.Tags), context);
                    break;
                case TieringConfiguration t:
                    Keys(t.Props.Tags, t, null, nameof(TieringConfigurationProps.Tags), context);
                    break;
                case GlobalSettings g:
                    Keys(g.Props.Other, g, null, nameof(GlobalSettingsProps.Other), context);
                    break;
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
