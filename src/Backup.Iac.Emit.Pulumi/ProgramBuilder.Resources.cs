using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Backup.Iac.Catalog;
using Backup.Iac.Graph;
using Node = Backup.Iac.Emit.Pulumi.ProgramNode;

namespace Backup.Iac.Emit.Pulumi;
/// <summary>The per-kind property mappings of <see cref="ProgramBuilder"/>: what each graph resource type becomes.</summary>
internal sealed partial class ProgramBuilder
{
    /// <summary>
    /// A service-managed StackSet: the <c>aws:cloudformation:StackSet</c> and, per Region of each instance group, one
    /// <c>aws:cloudformation:StackSetInstance</c> (named <c>-instance-REGION</c>, <c>-instance-GROUP-REGION</c> for a second
    /// group) for the group's OUs: what CloudFormation's <c>StackInstancesGroup</c> holds in the StackSet itself.
    /// </summary>
    private void StackSet(PropertyReader r, bool retain)
    {
        var id = current.LogicalId;
        var callAs = r.Take("CallAs");
        var preferences = r.Map("OperationPreferences");
        Node? Preferences() => preferences is null ? null : Props(
            ("failureToleranceCount", Take(preferences, "FailureToleranceCount")), ("failureTolerancePercentage", Take(preferences, "FailureTolerancePercentage")),
            ("maxConcurrentCount", Take(preferences, "MaxConcurrentCount")), ("maxConcurrentPercentage", Take(preferences, "MaxConcurrentPercentage")),
            ("regionConcurrencyType", Take(preferences, "RegionConcurrencyType")), ("regionOrders", Take(preferences, "RegionOrder")));
        var deployment = r.Map("AutoDeployment");
        var groups = r.List("StackInstancesGroup") ?? [];
        Add(PulumiTypes.StackSet, Props(
            ("name", Take(r, "StackSetName")), ("description", Take(r, "Description")), ("permissionModel", Take(r, "PermissionModel")),
            ("callAs", callAs is null ? null : Expr(callAs, "CallAs")), ("capabilities", Take(r, "Capabilities")),
            ("autoDeployment", deployment is null ? null : Props(("enabled", Take(deployment, "Enabled")), ("retainStacksOnAccountRemoval", Take(deployment, "RetainStacksOnAccountRemoval")))),
            ("operationPreferences", Preferences()),
            ("templateBody", Take(r, "TemplateBody")), ("templateUrl", Take(r, "TemplateURL")), ("tags", Tags(r, "Tags"))), retain);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups[g];
            var targets = group.Map("DeploymentTargets");
            var units = targets is null ? null : Take(targets, "OrganizationalUnitIds");
            var regions = group.Take("Regions") is ListValue list ? list.Items : [];
            for (var i = 0; i < regions.Length; i++)
            {
                var suffix = regions[i] is StringValue { Text: var region } && region.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                    ? region
                    : i.ToString(CultureInfo.InvariantCulture);
                Add(id + "-instance-" + (g == 0 ? "" : g.ToString(CultureInfo.InvariantCulture) + "-") + suffix, PulumiTypes.StackSetInstance, Props(
                    ("stackSetName", Node.Text("${" + id + ".name}")),
                    ("callAs", callAs is null ? null : Expr(callAs, "CallAs")),
                    ("deploymentTargets", units is null ? null : Props(("organizationalUnitIds", units))),
                    ("stackSetInstanceRegion", Expr(regions[i], $"StackInstancesGroup[{g}].Regions[{i}]")),
                    ("operationPreferences", Preferences())), retain);
            }
        }
    }

    /// <summary>The access policy and the notifications of a vault: separate resources in the provider.</summary>
    private void VaultParts(PropertyReader r, bool retain)
    {
        var id = current.LogicalId;
        Add(id + "-policy", PulumiTypes.VaultPolicy, r.Has("AccessPolicy") ? Props(("backupVaultName", VaultName()), ("policy", Json(r, "AccessPolicy"))) : null, retain);
        Add(id + "-notifications", PulumiTypes.VaultNotifications, r.Map("Notifications") is { } n ? Props(
            ("backupVaultName", VaultName()),
            ("snsTopicArn", Take(n, "SNSTopicArn")),
            ("backupVaultEvents", Take(n, "BackupVaultEvents"))) : null, retain);
    }

    private Node.Scalar VaultName() => Node.Text("${" + current.LogicalId + ".name}");

    /// <summary>One attachment per target of an Organizations policy, named after the target when it is a literal ID.</summary>
    private void PolicyAttachments(PropertyReader r, bool retain)
    {
        if (r.Take("TargetIds") is not ListValue targets)
        {
            return;
        }

        for (var i = 0; i < targets.Items.Length; i++)
        {
            var target = targets.Items[i];
            var suffix = target is StringValue { Text: var t } && t.Length > 0 && t.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? t
                : i.ToString(CultureInfo.InvariantCulture);
            Add(current.LogicalId + "-attachment-" + suffix, PulumiTypes.PolicyAttachment, Props(
                ("policyId", Node.Text("${" + current.LogicalId + ".id}")),
                ("targetId", Expr(target, $"TargetIds[{i}]"))), retain);
        }
    }

    private Node.Mapping Plan(PropertyReader r)
    {
        var plan = r.Map("BackupPlan");
        var tags = Take(r, "BackupPlanTags");
        if (plan is null)
        {
            return Props(("tags", tags));
        }

        var rules = plan.List("BackupPlanRule")?.Select(Rule).ToList();
        return Props(
            ("name", Take(plan, "BackupPlanName")),
            ("rules", rules is null ? null : new Node.Sequence([.. rules])),
            ("advancedBackupSettings", Items(plan, "AdvancedBackupSettings", s => Props(
                ("resourceType", Take(s, "ResourceType")), ("backupOptions", Take(s, "BackupOptions"))))),
            ("scanSettings", Items(plan, "ScanSettings", s => Props(
                ("malwareScanner", Take(s, "MalwareScanner")), ("resourceTypes", Take(s, "ResourceTypes")), ("scannerRoleArn", Take(s, "ScannerRoleArn"))))),
            ("tags", tags));
    }

    private Node Rule(PropertyReader rule)
    {
        if (rule.Has("IndexActions"))
        {
            var name = rule.Take("RuleName") is StringValue { Text: var n } ? n : rule.Prefix;
            Report(PulumiLimits.IndexActions, ResourcePath(current) + "/Rules[" + name + "]", "IndexActions");
        }

        return Props(
            ("ruleName", Take(rule, "RuleName")),
            ("targetVaultName", Take(rule, "TargetBackupVault")),
            ("targetLogicallyAirGappedBackupVaultArn", Take(rule, "TargetLogicallyAirGappedBackupVaultArn")),
            ("schedule", Take(rule, "ScheduleExpression")),
            ("scheduleExpressionTimezone", Take(rule, "ScheduleExpressionTimezone")),
            ("startWindow", Take(rule, "StartWindowMinutes")),
            ("completionWindow", Take(rule, "CompletionWindowMinutes")),
            ("lifecycle", Lifecycle(rule.Map("Lifecycle"))),
            ("enableContinuousBackup", Take(rule, "EnableContinuousBackup")),
            ("copyActions", Items(rule, "CopyActions", c => Props(
                ("destinationVaultArn", Take(c, "DestinationBackupVaultArn")),
                ("lifecycle", Lifecycle(c.Map("Lifecycle")))))),
            ("recoveryPointTags", Take(rule, "RecoveryPointTags")),
            ("scanActions", Items(rule, "ScanActions", s => Props(("malwareScanner", Take(s, "MalwareScanner")), ("scanMode", Take(s, "ScanMode"))))));
    }

    private Node.Mapping? Lifecycle(PropertyReader? life) => life is null ? null : Props(
        ("deleteAfter", Take(life, "DeleteAfterDays")),
        ("coldStorageAfter", Take(life, "MoveToColdStorageAfterDays")),
        ("optInToArchiveForSupportedResources", Take(life, "OptInToArchiveForSupportedResources")));

    private Node.Mapping Selection(PropertyReader r)
    {
        var planId = Take(r, "BackupPlanId");
        var s = r.Map("BackupSelection");
        if (s is null)
        {
            return Props(("planId", planId));
        }

        var conditions = s.Map("Conditions");
        var condition = conditions is null ? null : Props(
            ("stringEquals", KeyValues(conditions, "StringEquals", "ConditionKey", "ConditionValue")),
            ("stringLikes", KeyValues(conditions, "StringLike", "ConditionKey", "ConditionValue")),
            ("stringNotEquals", KeyValues(conditions, "StringNotEquals", "ConditionKey", "ConditionValue")),
            ("stringNotLikes", KeyValues(conditions, "StringNotLike", "ConditionKey", "ConditionValue")));
        return Props(
            ("planId", planId),
            ("name", Take(s, "SelectionName")),
            ("iamRoleArn", Take(s, "IamRoleArn")),
            ("resources", Take(s, "Resources")),
            ("notResources", Take(s, "NotResources")),
            ("selectionTags", Items(s, "ListOfTags", t => Props(
                ("type", Take(t, "ConditionType")), ("key", Take(t, "ConditionKey")), ("value", Take(t, "ConditionValue"))))),
            ("conditions", condition is null ? null : new Node.Sequence([condition])));
    }

    /// <summary>
    /// A configuration recorder. CloudFormation's single <c>RecordingStrategy</c> and <c>ExclusionByResourceTypes</c> are
    /// one-item lists in the provider, and the provider takes one recording mode override (the others are reported).
    /// </summary>
    private Node.Mapping Recorder(PropertyReader r)
    {
        var group = r.Map("RecordingGroup");
        var mode = r.Map("RecordingMode");
        var overrides = mode?.List("RecordingModeOverrides"); // the properties of overrides after the first are reported as unused

        var exclusion = group?.Map("ExclusionByResourceTypes");
        var strategy = group?.Map("RecordingStrategy");
        return Props(
            ("name", Take(r, "Name")),
            ("roleArn", Take(r, "RoleARN")),
            ("recordingGroup", group is null ? null : Props(
                ("allSupported", Take(group, "AllSupported")),
                ("includeGlobalResourceTypes", Take(group, "IncludeGlobalResourceTypes")),
                ("resourceTypes", Take(group, "ResourceTypes")),
                ("exclusionByResourceTypes", exclusion is null ? null : new Node.Sequence([Props(("resourceTypes", Take(exclusion, "ResourceTypes")))])),
                ("recordingStrategies", strategy is null ? null : new Node.Sequence([Props(("useOnly", Take(strategy, "UseOnly")))])))),
            ("recordingMode", mode is null ? null : Props(
                ("recordingFrequency", Take(mode, "RecordingFrequency")),
                ("recordingModeOverride", overrides is { Count: > 0 } ? Props(
                    ("description", Take(overrides[0], "Description")),
                    ("recordingFrequency", Take(overrides[0], "RecordingFrequency")),
                    ("resourceTypes", Take(overrides[0], "ResourceTypes"))) : null))));
    }

    /// <summary>
    /// CloudFormation starts a configuration recorder once a delivery channel exists; the provider needs a recorder status
    /// resource for that. It is written with the channel (one recorder and one channel per account and Region), after it,
    /// for the recorder the channel depends on, else the stack's only recorder.
    /// </summary>
    private void RecorderStatus(bool retain)
    {
        var recorders = graph.Resources.Where(x => x.Type == ResourceTypes.ConfigurationRecorder).ToList();
        var recorder = recorders.FirstOrDefault(x => current.DependsOn.Contains(x.LogicalId)) ?? (recorders.Count == 1 ? recorders[0] : null);
        if (recorder is null)
        {
            return;
        }

        emitted.Add(new Emitted(recorder.LogicalId + "-status", PulumiTypes.RecorderStatus,
            Props(("name", Node.Text("${" + recorder.LogicalId + ".name}")), ("isEnabled", new Node.Scalar(true))), current.LogicalId, referenced)
        {
            RetainOnDelete = retain,
            DependsOn = [current.LogicalId],
        });
    }

    private Node.Mapping Framework(PropertyReader r) => Props(
        ("name", Take(r, "FrameworkName")),
        ("description", Take(r, "FrameworkDescription")),
        ("controls", Items(r, "FrameworkControls", c =>
        {
            var scope = c.Map("ControlScope");
            return Props(
                ("name", Take(c, "ControlName")),
                ("inputParameters", Items(c, "ControlInputParameters", p => Props(("name", Take(p, "ParameterName")), ("value", Take(p, "ParameterValue"))))),
                ("scope", scope is null ? null : Props(
                    ("complianceResourceIds", Take(scope, "ComplianceResourceIds")),
                    ("complianceResourceTypes", Take(scope, "ComplianceResourceTypes")),
                    ("tags", Tags(scope, "Tags")))));
        })),
        ("tags", Tags(r, "FrameworkTags")));
}
