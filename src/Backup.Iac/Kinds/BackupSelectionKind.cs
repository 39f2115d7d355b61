using System.Collections.Immutable;
using Backup.Iac.Graph;

namespace Backup.Iac.Kinds;

/// <summary>A backup selection, with the IAM role it generates when none is given.</summary>
internal sealed class BackupSelectionKind : ResourceKind<BackupSelection>
{
    /// <inheritdoc />
    public override ImmutableArray<string> Types { get; } = [ResourceTypes.BackupSelection, ResourceTypes.IamRole];

    // ── lowering (scope "kinds") ──

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
