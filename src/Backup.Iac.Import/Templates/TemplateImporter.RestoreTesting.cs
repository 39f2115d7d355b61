using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>The template reader's restore testing plans and selections, legal holds, tiering configurations.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        private RestoreTestingPlan? RestoreTestingPlan(string logicalId, SourceMapping p, string path)
        {
            if (Text(p, "ScheduleExpression", path, "Schedule", null) is not { } schedule)
            {
                return null;
            }

            var selectionNode = p["RecoveryPointSelection"];
            RestoreTestingRecoveryPointSelection selection = new();
            if (selectionNode is SourceMapping { IntrinsicName: not null })
            {
                Keep("RecoveryPointSelection", selectionNode);
            }
            else if (selectionNode is SourceMapping s)
            {
                Locator.Add(path, "RecoveryPointSelection", s.At);
                selection = new RestoreTestingRecoveryPointSelection
                {
                    Algorithm = Text(s, "Algorithm", path, "RecoveryPointSelection.Algorithm", null) ?? selection.Algorithm,
                    IncludeVaults = StringList(s, "IncludeVaults", path, "RecoveryPointSelection.IncludeVaults", "RecoveryPointSelection.IncludeVaults") ?? [],
                    ExcludeVaults = StringList(s, "ExcludeVaults", path, "RecoveryPointSelection.ExcludeVaults", "RecoveryPointSelection.ExcludeVaults") ?? [],
                    RecoveryPointTypes = StringList(s, "RecoveryPointTypes", path, "RecoveryPointSelection.RecoveryPointTypes", "RecoveryPointSelection.RecoveryPointTypes") ?? [],
                    SelectionWindow = Days(s, "SelectionWindowDays", path, "RecoveryPointSelection.SelectionWindow", "RecoveryPointSelection.SelectionWindowDays"),
                };
            }

            var props = new RestoreTestingPlanProps
            {
                RestoreTestingPlanName = Text(p, "RestoreTestingPlanName", path, "RestoreTestingPlanName", null),
                Schedule = Schedule.FromExpression(schedule),
                ScheduleTimeZone = Text(p, "ScheduleExpressionTimezone", path, "ScheduleTimeZone", null),
                StartWindow = Hours(p, "StartWindowHours", path, "StartWindow", "StartWindowHours"),
                RecoveryPointSelection = selection,
                Tags = TagList(p, "Tags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddRestoreTestingPlan(logicalId, props);
        }

        private RestoreTestingSelection? RestoreTestingSelection(string logicalId, SourceMapping p)
        {
            var planNode = p["RestoreTestingPlanName"];
            var plan = PlanOf(planNode) as RestoreTestingPlan
                ?? (planNode is SourceScalar { Kind: ScalarKind.Text } name
                    ? imported.Values.OfType<RestoreTestingPlan>().FirstOrDefault(x => x.RestoreTestingPlanName == name.Text)
                    : null);
            if (plan is null || Text(p, "ProtectedResourceType", "", "", null) is not { } type)
            {
                return null;
            }

            var path = plan.Path + "/" + logicalId;
            current = path; // as for backup selections: below the plan
            _ = Text(p, "ProtectedResourceType", path, "ProtectedResourceType", null);
            ProtectedResourceConditions? conditions = null;
            var c = p["ProtectedResourceConditions"];
            if (c is SourceMapping { IntrinsicName: not null })
            {
                Keep("ProtectedResourceConditions", c);
            }
            else if (c is SourceMapping map)
            {
                Locator.Add(path, "ProtectedResourceConditions", map.At);
                IReadOnlyList<ConditionParameter> Read(string op) => Items(map, op, "ProtectedResourceConditions." + op, (item, i) =>
                    Text(item, "Key", path, $"ProtectedResourceConditions.{op}[{i}]", null) is { } key && Text(item, "Value", path, $"ProtectedResourceConditions.{op}[{i}].Value", null) is { } value
                        ? new ConditionParameter(key, value) : null);
                conditions = new ProtectedResourceConditions { StringEquals = Read("StringEquals"), StringNotEquals = Read("StringNotEquals") };
            }

            var options = new RestoreTestingSelectionOptions
            {
                RestoreTestingSelectionName = Text(p, "RestoreTestingSelectionName", path, "RestoreTestingSelectionName", null),
                ProtectedResourceType = type,
                Role = Text(p, "IamRoleArn", path, "Role", null) is { } role ? BackupRole.FromArn(role) : null,
                ProtectedResourceArns = StringList(p, "ProtectedResourceArns", path, "ProtectedResourceArns", "ProtectedResourceArns") ?? [],
                ProtectedResourceConditions = conditions,
                RestoreMetadataOverrides = StringMap(p, "RestoreMetadataOverrides", path, "RestoreMetadataOverrides", "RestoreMetadataOverrides"),
                ValidationWindow = Hours(p, "ValidationWindowHours", path, "ValidationWindow", "ValidationWindowHours"),
            };
            stack.OverrideLogicalId(plan.StackRelativePath + "/" + logicalId, logicalId);
            return plan.AddSelection(logicalId, options);
        }

        private LegalHold? LegalHold(string logicalId, SourceMapping p, string path, SourceMapping body)
        {
            if (Text(p, "Title", path, "Title", null) is not { } title || Text(p, "Description", path, "Description", null) is not { } description)
            {
                return null;
            }

            var selectionNode = p["RecoveryPointSelection"];
            IReadOnlyList<string> vaults = [];
            IReadOnlyList<string> identifiers = [];
            DateTimeOffset? from = null;
            DateTimeOffset? to = null;
            if (selectionNode is SourceMapping { IntrinsicName: not null })
            {
                Keep("RecoveryPointSelection", selectionNode);
            }
            else if (selectionNode is SourceMapping s)
            {
                vaults = StringList(s, "VaultNames", path, "VaultNames", "RecoveryPointSelection.VaultNames") ?? [];
                identifiers = StringList(s, "ResourceIdentifiers", path, "ResourceIdentifiers", "RecoveryPointSelection.ResourceIdentifiers") ?? [];
                if (s["DateRange"] is SourceMapping { IntrinsicName: null } range)
                {
                    from = Date(range, "FromDate", path, "FromDate", "RecoveryPointSelection.DateRange.FromDate");
                    to = Date(range, "ToDate", path, "ToDate", "RecoveryPointSelection.DateRange.ToDate");
                    if (from is null || to is null)
                    {
                        Keep("RecoveryPointSelection.DateRange", range);
                        (from, to) = (null, null);
                    }
                }
                else if (s["DateRange"] is { } other)
                {
                    Keep("RecoveryPointSelection.DateRange", other);
                }
            }

            var props = new LegalHoldProps
            {
                Title = title,
                Description = description,
                VaultNames = vaults,
                ResourceIdentifiers = identifiers,
                FromDate = from,
                ToDate = to,
                RemovalPolicy = DeletionPolicy(body) ?? RemovalPolicy.Destroy,
                Tags = TagList(p, "Tags", path),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddLegalHold(logicalId, props);
        }

        private DateTimeOffset? Date(SourceMapping owner, string key, string path, string property, string at)
        {
            if (owner[key] is not { } node)
            {
                return null;
            }

            Locator.Add(path, property, node.At);
            if (node is SourceScalar { Kind: ScalarKind.Text } s && DateTimeOffset.TryParse(s.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                && date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) == s.Text)
            {
                return date;
            }

            _ = at;
            return null; // another spelling or a deploy-time value: the whole range is kept as written
        }

        private TieringConfiguration? Tiering(string logicalId, SourceMapping p, string path)
        {
            if (p["BackupVaultName"] is not { } vaultNode || VaultOf(vaultNode, byArn: false) is not { } vault || p["ResourceSelection"] is not SourceSequence)
            {
                return null;
            }

            Locator.Add(path, "Vault", vaultNode.At);
            var selection = Items(p, "ResourceSelection", "ResourceSelection", (s, i) =>
                StringList(s, "Resources", path, $"ResourceSelection[{i}].Resources", $"ResourceSelection.{i}.Resources") is { } res
                && Days(s, "TieringDownSettingsInDays", path, $"ResourceSelection[{i}].TieringDownAfter", $"ResourceSelection.{i}.TieringDownSettingsInDays") is { } days
                    ? new TieringResourceSelection { ResourceType = Text(s, "ResourceType", path, $"ResourceSelection[{i}].ResourceType", null) ?? "S3", Resources = res, TieringDownAfter = days }
                    : null);
            var props = new TieringConfigurationProps
            {
                TieringConfigurationName = Text(p, "TieringConfigurationName", path, "TieringConfigurationName", null),
                Vault = vault,
                ResourceSelection = selection,
                Tags = StringMap(p, "TieringConfigurationTags", path, "Tags", "TieringConfigurationTags"),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddTieringConfiguration(logicalId, props);
        }
    }
}
