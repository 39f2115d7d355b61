using Backup.Iac.Graph;

namespace Backup.Iac.Lowering;

/// <summary>Lowers an organization-wide rollout: the StackSet of the management stack and the backup role of a member stack.</summary>
internal static class RolloutLowering
{
    /// <summary>The service-managed StackSet; its <c>TemplateBody</c> holds the member stack's graph.</summary>
    public static Resource StackSet(StackSetRollout rollout, ResourceGraph member)
    {
        var p = rollout.Props;
        var roles = member.Resources.Where(r => r.Type == ResourceTypes.IamRole).ToList();
        var capability = roles.Any(r => r.Properties.Entries.ContainsKey("RoleName")) ? "CAPABILITY_NAMED_IAM"
            : roles.Count > 0 ? "CAPABILITY_IAM"
            : null;
        var preferences = MapValue.Of(
            new("FailureToleranceCount", Number(p.FailureToleranceCount)),
            new("FailureTolerancePercentage", Number(p.FailureTolerancePercentage)),
            new("MaxConcurrentCount", Number(p.MaxConcurrentCount)),
            new("MaxConcurrentPercentage", Number(p.MaxConcurrentPercentage)),
            new("RegionConcurrencyType", p.RegionConcurrency switch
            {
                RegionConcurrency.Parallel => new StringValue("PARALLEL"),
                RegionConcurrency.Sequential => new StringValue("SEQUENTIAL"),
                _ => null,
            }));
        var properties = MapValue.Of(
            new("StackSetName", Token.ToValue(rollout.StackSetName)),
            new("Description", p.Description is null ? null : Token.ToValue(p.Description)),
            new("PermissionModel", "SERVICE_MANAGED"),
            new("CallAs", p.CallAs == StackSetCallAs.DelegatedAdmin ? "DELEGATED_ADMIN" : "SELF"),
            new("AutoDeployment", MapValue.Of(
                new("Enabled", p.AutoDeploy),
                new("RetainStacksOnAccountRemoval", p.AutoDeploy ? p.RetainStacksOnAccountRemoval : null))),
            new("Capabilities", capability is null ? null : new ListValue([capability])),
            new("OperationPreferences", preferences.Entries.Count == 0 ? null : preferences),
            new("StackInstancesGroup", new ListValue([MapValue.Of(
                new("DeploymentTargets", MapValue.Of(new KeyValuePair<string, Value?>("OrganizationalUnitIds",
                    new ListValue([.. p.OrganizationalUnits.Select(u => Token.ToValue(u.TargetId))])))),
                new("Regions", new ListValue([.. p.Regions.Select(Token.ToValue)])))])),
            new("TemplateBody", new EmbeddedTemplateValue(member)));
        return new Resource(rollout.LogicalId, ResourceTypes.StackSet, rollout.ResourcePath, properties);
    }

    /// <summary>An IAM role that AWS Backup assumes, with the managed backup and restore policies (and the S3 ones when asked).</summary>
    public static Resource ServiceRole(BackupServiceRole role)
    {
        List<string> policies = role.Props.S3
            ? [Lowerer.BackupPolicy, Lowerer.RestorePolicy, Lowerer.S3BackupPolicy, Lowerer.S3RestorePolicy]
            : [Lowerer.BackupPolicy, Lowerer.RestorePolicy];
        var resource = Lowerer.Role(role.LogicalId, role.ResourcePath, policies);
        var extra = new List<KeyValuePair<string, Value?>>
        {
            new("RoleName", role.Props.RoleName is null ? null : Token.ToValue(role.Props.RoleName)),
            new("Path", role.Props.Path is null ? null : Token.ToValue(role.Props.Path)),
        };
        return resource with { Properties = MapValue.Of(resource.Properties.Entries.Select(e => new KeyValuePair<string, Value?>(e.Key, e.Value)).Concat(extra)) };
    }

    private static NumberValue? Number(int? value) => value is { } v ? new NumberValue(v) : null;
}
