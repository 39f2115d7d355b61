using System.Collections.Immutable;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Lowering;
using static Backup.Iac.Lowering.LoweringValues;
using Body = Backup.Iac.Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty;

namespace Backup.Iac.Kinds;

/// <summary>A backup selection, with the IAM role it generates when none is given.</summary>
internal sealed class BackupSelectionKind : ResourceKind<BackupSelection>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupSelection, ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

    /// <inheritdoc />
    protected override IEnumerable<Resource> Lower(BackupSelection construct, LoweringContext context)
    {
        var o = construct.Options;
        var (roleArn, generated) = BackupRoles.RoleFor(o.Role, construct.GeneratedRoleLogicalId, construct, o.GeneratedRole, () => RolePolicies(construct));
        if (generated is not null)
        {
            yield return generated;
        }

        var arns = o.Resources.Select(r => r.Arn).OfType<string>().ToList();
        var tags = o.Resources.Select(r => r.Tag).OfType<TagCondition>().ToList();
        var conditions = o.Conditions is null || o.Conditions.IsEmpty ? null : MapValue.Of(
            o.Conditions.All().GroupBy(c => c.Operator).Select(g => new KeyValuePair<string, Value?>(g.Key, new ListValue([.. g.Select(c => (Value)MapValue.Of(
                new(CfnBackupSelection.ConditionParameterProperty.ConditionKey, Str(c.Condition.Key)),
                new(CfnBackupSelection.ConditionParameterProperty.ConditionValue, Str(c.Condition.Value))))]))));
        var body = MapValue.Of(
            new(Body.SelectionName, Str(construct.SelectionName)),
            new(Body.IamRoleArn, roleArn),
            new(Body.Resources, arns.Count == 0 ? null : Strings(arns)),
            new(Body.NotResources, o.NotResources.Count == 0 ? null : Strings(o.NotResources)),
            new(Body.ListOfTags, tags.Count == 0 ? null : new ListValue([.. tags.Select(t => (Value)MapValue.Of(
                new(CfnBackupSelection.ConditionResourceTypeProperty.ConditionKey, Str(t.Key)),
                new(CfnBackupSelection.ConditionResourceTypeProperty.ConditionType, Str(string.Equals(t.ConditionType, "STRINGEQUALS", StringComparison.OrdinalIgnoreCase) ? "STRINGEQUALS" : t.ConditionType)),
                new(CfnBackupSelection.ConditionResourceTypeProperty.ConditionValue, Str(t.Value))))])),
            new(Body.Conditions, conditions));
        var properties = MapValue.Of(new(CfnBackupSelection.BackupPlanId, new ReferenceValue(construct.Plan.LogicalId)), new(CfnBackupSelection.BackupSelection, body));
        yield return new Resource(construct.LogicalId, ResourceTypes.BackupSelection, construct.ResourcePath, properties);
    }

    /// <summary>
    /// The schema's createOnly properties in the order that change detection has always listed them (the plan, then
    /// the selection body): its message names the last one changed, so the order is kept.
    /// </summary>
    public override ImmutableArray<string> ReplacementProperties { get; } = [CfnBackupSelection.BackupPlanId, CfnBackupSelection.BackupSelection];

    /// <summary>The managed policies of a selection's generated role: backup, restore, and S3 when S3 can be selected.</summary>
    internal static List<string> RolePolicies(BackupSelection selection)
    {
        var policies = new List<string> { "service-role/" + BackupRoles.BackupPolicy };
        if (selection.Options.AllowRestores)
        {
            policies.Add("service-role/" + BackupRoles.RestorePolicy);
        }

        if (SelectsS3(selection))
        {
            policies.Add(BackupRoles.S3BackupPolicy);
            if (selection.Options.AllowRestores)
            {
                policies.Add(BackupRoles.S3RestorePolicy);
            }
        }

        return policies;
    }

    /// <summary>Whether a selection can pick S3 buckets (by ARN, <c>*</c>, tags or conditions only).</summary>
    private static bool SelectsS3(BackupSelection selection)
    {
        var o = selection.Options;
        var arns = o.Resources.Select(r => r.Arn).OfType<string>().ToList();
        return o.Resources.Any(r => r.Tag is not null) || arns.Count == 0
            || arns.Any(a => Validation.ResourceTypeFacts.TypesOfArn(a).Contains(Validation.ResourceTypeFacts.S3));
    }

    // ── import (scope "import") ──

    /// <inheritdoc />
    public override int? ImportOrder => 3;

    /// <inheritdoc />
    public override Construct? Import(ImportContext context)
    {
        const string selectionKey = Graph.CloudFormation.CfnBackupSelection.BackupSelection;
        const string resourcesKey = Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.Resources;
        const string tagsKey = Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.ListOfTags;
        const string notResourcesKey = Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.NotResources;
        var p = context.Properties;
        if (context.ConstructOf(p[Graph.CloudFormation.CfnBackupSelection.BackupPlanId], Graph.CloudFormation.CfnBackupPlan.BackupPlanId) is not BackupPlan plan
            || context.Object(p, selectionKey) is not { } s)
        {
            return null;
        }

        var path = plan.Path + "/" + context.LogicalId;
        var selection = context.At(path); // the selection's construct path is below its plan: deploy-time values are marked there
        var resourcesList = new List<BackupResource>();
        foreach (var arn in selection.StringList(s, resourcesKey, path, "Resources", $"{selectionKey}.{resourcesKey}") ?? [])
        {
            resourcesList.Add(BackupResource.FromArn(arn));
        }

        var tags = s[tagsKey];
        if (tags is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            selection.Keep($"{selectionKey}.{tagsKey}", tags, "Resources", $"The tag conditions of {selection.Name(path)}");
        }
        else if (tags is Iac.Import.SourceSequence list)
        {
            var offset = resourcesList.Count;
            for (var i = 0; i < list.Items.Length; i++)
            {
                if (list.Items[i] is Iac.Import.SourceMapping { IntrinsicName: null } t
                    && selection.Text(t, Graph.CloudFormation.CfnBackupSelection.ConditionResourceTypeProperty.ConditionKey, path, $"Resources[{offset + i}]") is { } key
                    && selection.Text(t, Graph.CloudFormation.CfnBackupSelection.ConditionResourceTypeProperty.ConditionValue, path, $"Resources[{offset + i}].Value") is { } value)
                {
                    selection.Locate(path, $"Resources[{offset + i}]", t.At);
                    var type = selection.Text(t, Graph.CloudFormation.CfnBackupSelection.ConditionResourceTypeProperty.ConditionType, path, $"Resources[{offset + i}].ConditionType") ?? "STRINGEQUALS";
                    resourcesList.Add(BackupResource.FromTag(new TagCondition(key, value, type)));
                }
                else
                {
                    selection.Keep($"{selectionKey}.{tagsKey}.{i}", list.Items[i], "Resources", $"Tag condition {i} of {selection.Name(path)}");
                }
            }
        }

        var options = new BackupSelectionOptions
        {
            SelectionName = selection.Text(s, Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.SelectionName, path, "SelectionName"),
            Role = selection.Text(s, Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.IamRoleArn, path, "Role") is { } role ? BackupRole.FromArn(role) : null,
            Resources = resourcesList,
            NotResources = selection.StringList(s, notResourcesKey, path, "NotResources", $"{selectionKey}.{notResourcesKey}") ?? [],
            Conditions = ReadConditions(selection, s, path),
        };
        context.Stack.OverrideLogicalId(plan.StackRelativePath + "/" + context.LogicalId, context.LogicalId);
        return plan.AddSelection(context.LogicalId, options);
    }

    private static SelectionConditions? ReadConditions(ImportContext selection, Iac.Import.SourceMapping s, string path)
    {
        const string conditionsKey = Graph.CloudFormation.CfnBackupSelection.BackupSelectionResourceTypeProperty.Conditions;
        const string at = $"{Graph.CloudFormation.CfnBackupSelection.BackupSelection}.{conditionsKey}";
        var node = s[conditionsKey];
        if (node is Iac.Import.SourceMapping { IntrinsicName: not null })
        {
            selection.Keep(at, node);
            return null;
        }

        if (node is not Iac.Import.SourceMapping c)
        {
            return null;
        }

        selection.Locate(path, "Conditions", c.At);

        // The operator keys (StringEquals...) are not among the generated names: the schema writes that object inline.
        IReadOnlyList<ConditionParameter> Read(string op) => selection.Items(c, op, $"{at}.{op}", (item, i) =>
            selection.Text(item, Graph.CloudFormation.CfnBackupSelection.ConditionParameterProperty.ConditionKey, path, $"Conditions.{op}[{i}]") is { } key
            && selection.Text(item, Graph.CloudFormation.CfnBackupSelection.ConditionParameterProperty.ConditionValue, path, $"Conditions.{op}[{i}].Value") is { } value
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
