using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// What a framework needs around it: PRE-001 (resource tracking in its account and Region), PRE-003 (the types its
/// controls evaluate recorded), PRE-007 (a Region with Audit Manager), FW-014 (backed-up accounts and Regions without a
/// framework), CTRL-RTIME-02 (restore tests for the restore time control).
/// </summary>
internal sealed class FrameworkEnvironment : IValidator<Framework>
{
    public void Check(Framework framework, ValidationContext context)
    {
        var stack = framework.Stack;
        var where = AuditFacts.Describe(stack);
        var trackings = AuditFacts.InEnvironment<ResourceTracking>(stack, context.App);
        if (trackings.Count == 0)
        {
            context.Report(FrameworkConstraints.TrackingMissing, framework, null, null, where);
        }
        else
        {
            foreach (var s in ControlSubject.Of(framework))
            {
                if (s.Definition?.RecordedType is { } type && !trackings.Exists(t => t.Records(type)))
                {
                    context.Report(FrameworkConstraints.ControlTypeNotRecorded, framework, s.SubPath, null, s.Definition.Name, s.Definition.Evaluates, where, type);
                }
            }
        }

        if (stack.Region is { } region && AuditManagerRegions.Unavailable.Contains(region))
        {
            context.Report(FrameworkConstraints.RegionWithoutAuditManager, framework, null, null, "framework", region);
        }

        OtherEnvironments(framework, context);
        RestoreTests(framework, context);
    }

    private static void OtherEnvironments(Framework framework, ValidationContext context)
    {
        if (framework.Stack.Environment is not { IsKnown: true } own)
        {
            return;
        }

        var audited = context.App.Stacks.Where(s => s.Descendants().OfType<Framework>().Any()).Select(s => s.Environment).Where(e => e.IsKnown).ToHashSet();
        var reported = new HashSet<StackEnvironment>();
        foreach (var stack in context.App.Stacks)
        {
            if (stack.Environment is { IsKnown: true } other && !other.Same(own) && !audited.Contains(other) && reported.Add(other)
                && stack.Descendants().OfType<BackupSelection>().Any())
            {
                context.Report(FrameworkConstraints.OtherEnvironments, framework, null, null, AuditFacts.Describe(framework.Stack), $"stack '{stack.StackName}'", AuditFacts.Describe(stack));
            }
        }
    }

    private static void RestoreTests(Framework framework, ValidationContext context)
    {
        var tested = AuditFacts.InEnvironment<RestoreTestingSelection>(framework.Stack, context.App)
            .Select(s => s.Options.ProtectedResourceType == "FSX" ? ResourceTypeFacts.Fsx : s.Options.ProtectedResourceType)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var s in ControlSubject.Of(framework, ControlCatalog.RestoreTimeForResourcesMeetTarget))
        {
            var scoped = (s.Control.Scope?.ComplianceResourceTypes ?? []).Where(t => !Token.IsUnresolved(t) && ResourceTypeFacts.Features.ContainsKey(t == "FSX" ? ResourceTypeFacts.Fsx : t)).ToList();
            if (scoped.Count > 0)
            {
                var missing = scoped.Where(t => !tested.Contains(t == "FSX" ? ResourceTypeFacts.Fsx : t)).ToList();
                if (missing.Count > 0)
                {
                    var types = string.Join(", ", missing);
                    context.Report(ControlConstraints.RestoreTimeWithoutRestoreTests, framework, s.SubPath, null, types, AuditFacts.Describe(framework.Stack), types);
                }
            }
            else if (tested.Count == 0)
            {
                context.Report(ControlConstraints.RestoreTimeWithoutRestoreTests, framework, s.SubPath, null,
                    "the resources in its scope", AuditFacts.Describe(framework.Stack), "any resource type");
            }
        }
    }
}
