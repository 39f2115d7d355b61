using System.Collections.Immutable;
using System.Globalization;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Backup.Iac.Validation;

namespace Backup.Iac.Import;

/// <summary>The template reader's backup plans, rules, lifecycles, and selections.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        private BackupPlan? Plan(string logicalId, SourceMapping p, string path)
        {
            if (Object(p, "BackupPlan", "BackupPlan") is not { } body)
            {
                return null;
            }

            Locator.Add(path, "BackupPlanName", body["BackupPlanName"]?.At ?? body.At);
            var rules = new List<BackupPlanRule>();
            var ruleNodes = body["BackupPlanRule"];
            if (ruleNodes is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupPlan.BackupPlanRule", ruleNodes, null, $"The rules of {Name(path)}");
            }
            else if (ruleNodes is SourceSequence list)
            {
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } rule)
                    {
                        rules.Add(Rule(rule, path, i, $"BackupPlan.BackupPlanRule.{i}"));
                    }
                    else
                    {
                        current = path; // the plan: its checks of all rules cannot see this one
                        Keep($"BackupPlan.BackupPlanRule.{i}", list.Items[i], null, $"Rule {i} of {Name(path)}");
                    }
                }
            }

            var props = new BackupPlanProps
            {
                BackupPlanName = Text(body, "BackupPlanName", path, "BackupPlanName", "BackupPlan.BackupPlanName"),
                Rules = rules,
                AdvancedBackupSettings = Items(body, "AdvancedBackupSettings", "BackupPlan.AdvancedBackupSettings", (s, i) =>
                    Text(s, "ResourceType", path, $"AdvancedBackupSettings[{i}]", null) is { } type
                    && StringMap(s, "BackupOptions", path, $"AdvancedBackupSettings[{i}].BackupOptions", $"BackupPlan.AdvancedBackupSettings.{i}.BackupOptions") is { } options
                        ? new AdvancedBackupSetting(type, options) : null),
                ScanSettings = Items(body, "ScanSettings", "BackupPlan.ScanSettings", (s, i) =>
                    Text(s, "MalwareScanner", path, $"ScanSettings[{i}]", null) is { } scanner
                    && StringList(s, "ResourceTypes", path, $"ScanSettings[{i}].ResourceTypes", $"BackupPlan.ScanSettings.{i}.ResourceTypes") is { } typesList
                    && Text(s, "ScannerRoleArn", path, $"ScanSettings[{i}].ScannerRoleArn", null) is { } role
                        ? new ScanSetting(scanner, typesList, role) : null),
                Tags = StringMap(p, "BackupPlanTags", path, "Tags", "BackupPlanTags"),
            };
            stack.OverrideLogicalId(logicalId, logicalId);
            return stack.AddPlan(logicalId, props);
        }

        private BackupPlanRule Rule(SourceMapping r, string planPath, int index, string at)
        {
            var name = (r["RuleName"] is { } n ? StringOf(n) : null) ?? $"{planPath[(planPath.LastIndexOf('/') + 1)..]}Rule{index}";
            var path = $"{planPath}/Rules[{name}]";
            current = path;
            Locator.Add(path, null, r.At);
            if (r["RuleName"] is { } ruleNameNode)
            {
                Locator.Add(path, "RuleName", ruleNameNode.At);
            }

            var copies = new List<CopyAction>();
            var copyNodes = r["CopyActions"];
            if (copyNodes is SourceMapping { IntrinsicName: not null })
            {
                Keep(at + ".CopyActions", copyNodes, "CopyActions", $"The copy actions of rule {name}");
            }
            else if (copyNodes is SourceSequence list)
            {
                Locator.Add(path, "CopyActions", list.At);
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var copyPath = $"{path}/CopyActions[{i}]";
                    current = copyPath;
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } c && c["DestinationBackupVaultArn"] is { } destination
                        && VaultOf(destination, byArn: true) is { } vault)
                    {
                        Locator.Add(copyPath, null, c.At);
                        Locator.Add(copyPath, "Destination", destination.At);
                        Locator.Add(path, $"CopyActions[{i}]", c.At);
                        copies.Add(new CopyAction { Destination = vault, Lifecycle = Lifecycle(c, copyPath, $"{at}.CopyActions.{i}.Lifecycle") });
                    }
                    else
                    {
                        current = path;
                        Keep($"{at}.CopyActions.{i}", list.Items[i], $"CopyActions[{i}]", $"Copy action {i} of rule {name}");
                    }
                }
            }

            current = path;
            var vaultNode = r["TargetBackupVault"];
            var lagNode = r["TargetLogicallyAirGappedBackupVaultArn"];
            if (vaultNode is not null)
            {
                Locator.Add(path, "Vault", vaultNode.At);
            }

            if (lagNode is not null)
            {
                Locator.Add(path, "LogicallyAirGappedVault", lagNode.At);
            }

            return new BackupPlanRule
            {
                RuleName = r["RuleName"] is null ? null : name,
                Vault = vaultNode is null ? null : VaultOf(vaultNode, byArn: false),
                LogicallyAirGappedVault = lagNode is null ? null : VaultOf(lagNode, byArn: true),
                Schedule = Text(r, "ScheduleExpression", path, "Schedule", null) is { } schedule ? Schedule.FromExpression(schedule) : null,
                ScheduleTimeZone = Text(r, "ScheduleExpressionTimezone", path, "ScheduleTimeZone", null),
                StartWindow = Minutes(r, "StartWindowMinutes", path, "StartWindow", at + ".StartWindowMinutes"),
                CompletionWindow = Minutes(r, "CompletionWindowMinutes", path, "CompletionWindow", at + ".CompletionWindowMinutes"),
                Lifecycle = Lifecycle(r, path, at + ".Lifecycle"),
                EnableContinuousBackup = Bool(r, "EnableContinuousBackup", path, "EnableContinuousBackup", at + ".EnableContinuousBackup") ?? false,
                CopyActions = copies,
                RecoveryPointTags = StringMap(r, "RecoveryPointTags", path, "RecoveryPointTags", at + ".RecoveryPointTags"),
                IndexActions = Items(r, "IndexActions", at + ".IndexActions", (a, i) =>
                    StringList(a, "ResourceTypes", path, $"IndexActions[{i}]", $"{at}.IndexActions.{i}.ResourceTypes") is { } typesList ? new IndexAction(typesList) : null),
                ScanActions = Items(r, "ScanActions", at + ".ScanActions", (a, i) =>
                    Text(a, "MalwareScanner", path, $"ScanActions[{i}]", null) is { } scanner && Text(a, "ScanMode", path, $"ScanActions[{i}].ScanMode", null) is { } mode
                        ? new ScanAction(scanner, mode) : null),
            };
        }

        private Lifecycle? Lifecycle(SourceMapping owner, string path, string at)
        {
            var node = owner["Lifecycle"];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep(at, node, "Lifecycle", $"The lifecycle of {Name(path)}");
                return null;
            }

            if (node is not SourceMapping l)
            {
                return null;
            }

            Locator.Add(path, "Lifecycle", l.At);
            return new Lifecycle
            {
                DeleteAfter = Days(l, "DeleteAfterDays", path, "Lifecycle.DeleteAfter", at + ".DeleteAfterDays"),
                MoveToColdStorageAfter = Days(l, "MoveToColdStorageAfterDays", path, "Lifecycle.MoveToColdStorageAfter", at + ".MoveToColdStorageAfterDays"),
                OptInToArchiveForSupportedResources = Bool(l, "OptInToArchiveForSupportedResources", path, "Lifecycle.OptInToArchiveForSupportedResources", at + ".OptInToArchiveForSupportedResources"),
            };
        }

        /// <summary>A vault written as a reference to a vault of this template, or by name or ARN.</summary>
        private IBackupVault? VaultOf(SourceNode node, bool byArn)
        {
            if (node is SourceMapping { IntrinsicName: "Ref" } reference && reference["Ref"] is SourceScalar r && imported.GetValueOrDefault(r.Text) is IBackupVault v)
            {
                return v;
            }

            if (GetAtt(node) is ({ } id, "BackupVaultName" or "BackupVaultArn") && imported.GetValueOrDefault(id) is IBackupVault w)
            {
                return w;
            }

            if (StringOf(node) is not { } text)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                return byArn ? new ExternalBackupVault(text, text, fromArn: true) : null; // an empty ARN is judged as such (COPY-001), never thrown
            }

            return byArn ? BackupVault.FromArn(text) : BackupVault.FromName(text); // an ARN property holds an ARN: anything else is judged as one (COPY-002)
        }

        // ---------------------------------------------------------------- selections

        private BackupSelection? Selection(string logicalId, SourceMapping p)
        {
            if (PlanOf(p["BackupPlanId"]) is not BackupPlan plan || Object(p, "BackupSelection") is not { } s)
            {
                return null;
            }

            var path = plan.Path + "/" + logicalId;
            current = path; // the selection's construct path is below its plan: deploy-time values are marked there
            var resourcesList = new List<BackupResource>();
            foreach (var arn in StringList(s, "Resources", path, "Resources", "BackupSelection.Resources") ?? [])
            {
                resourcesList.Add(BackupResource.FromArn(arn));
            }

            var tags = s["ListOfTags"];
            if (tags is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupSelection.ListOfTags", tags, "Resources", $"The tag conditions of {Name(path)}");
            }
            else if (tags is SourceSequence list)
            {
                var offset = resourcesList.Count;
                for (var i = 0; i < list.Items.Length; i++)
                {
                    if (list.Items[i] is SourceMapping { IntrinsicName: null } t
                        && Text(t, "ConditionKey", path, $"Resources[{offset + i}]", null) is { } key
                        && Text(t, "ConditionValue", path, $"Resources[{offset + i}].Value", null) is { } value)
                    {
                        Locator.Add(path, $"Resources[{offset + i}]", t.At);
                        resourcesList.Add(BackupResource.FromTag(new TagCondition(key, value, Text(t, "ConditionType", path, $"Resources[{offset + i}].ConditionType", null) ?? "STRINGEQUALS")));
                    }
                    else
                    {
                        Keep($"BackupSelection.ListOfTags.{i}", list.Items[i], "Resources", $"Tag condition {i} of {Name(path)}");
                    }
                }
            }

            var options = new BackupSelectionOptions
            {
                SelectionName = Text(s, "SelectionName", path, "SelectionName", null),
                Role = Text(s, "IamRoleArn", path, "Role", null) is { } role ? BackupRole.FromArn(role) : null,
                Resources = resourcesList,
                NotResources = StringList(s, "NotResources", path, "NotResources", "BackupSelection.NotResources") ?? [],
                Conditions = Conditions(s, path),
            };
            stack.OverrideLogicalId(plan.StackRelativePath + "/" + logicalId, logicalId);
            return plan.AddSelection(logicalId, options);
        }

        private Construct? PlanOf(SourceNode? node) => node switch
        {
            SourceMapping { IntrinsicName: "Ref" } r when r["Ref"] is SourceScalar id => imported.GetValueOrDefault(id.Text),
            _ when GetAtt(node) is ({ } id, "BackupPlanId") => imported.GetValueOrDefault(id),
            _ => null,
        };

        /// <summary>The logical ID and attribute of an <c>Fn::GetAtt</c>, in its list form or its <c>"Id.Attribute"</c> string form.</summary>
        private static (string? Id, string? Attribute) GetAtt(SourceNode? node) => node is SourceMapping { IntrinsicName: "Fn::GetAtt" } g
            ? g["Fn::GetAtt"] switch
            {
                SourceSequence { Items: [SourceScalar id, SourceScalar attribute] } => (id.Text, attribute.Text),
                SourceScalar { Kind: ScalarKind.Text } s when s.Text.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 => (s.Text[..dot], s.Text[(dot + 1)..]),
                _ => (null, null),
            }
            : (null, null);

        private SelectionConditions? Conditions(SourceMapping s, string path)
        {
            var node = s["Conditions"];
            if (node is SourceMapping { IntrinsicName: not null })
            {
                Keep("BackupSelection.Conditions", node);
                return null;
            }

            if (node is not SourceMapping c)
            {
                return null;
            }

            Locator.Add(path, "Conditions", c.At);
            IReadOnlyList<ConditionParameter> Read(string op) => Items(c, op, "BackupSelection.Conditions." + op, (item, i) =>
                Text(item, "ConditionKey", path, $"Conditions.{op}[{i}]", null) is { } key && Text(item, "ConditionValue", path, $"Conditions.{op}[{i}].Value", null) is { } value
                    ? new ConditionParameter(key, value) : null);
            return new SelectionConditions
            {
                StringEquals = Read("StringEquals"),
                StringLike = Read("StringLike"),
                StringNotEquals = Read("StringNotEquals"),
                StringNotLike = Read("StringNotLike"),
            };
        }
    }
}
