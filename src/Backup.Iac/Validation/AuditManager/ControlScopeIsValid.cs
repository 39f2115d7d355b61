using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.AuditManager;

/// <summary>
/// SCOPE-002 (one tag), SCOPE-003 (empty tag value, info), SCOPE-005 (1 to 100 IDs; one expected), SCOPE-006 (IDs with one
/// type), SCOPE-007 (known resource types), SCOPE-009 (one kind of choice), PRE-008 (types Audit Manager does not
/// support), CTRL-XREG-02 and CTRL-XACC-03 (FSx for ONTAP in the copy controls), and SCOPE-008 through the controls
/// that list fewer kinds: CTRL-FREQ-05, CTRL-DEL-04, CTRL-ENC-02, CTRL-RET-03.
/// </summary>
internal sealed class ControlScopeIsValid : IValidator<Framework>
{
    /// <summary>The CloudFormation type names of the resources Audit Manager controls evaluate (DG L13484-13488), accepted for single-resource scopes.</summary>
    private static readonly string[] ConfigTypes = ["AWS::Backup::BackupVault", "AWS::Backup::BackupPlan", "AWS::Backup::BackupSelection", "AWS::Backup::RecoveryPoint"];

    private static readonly string[] NotEvaluated = [ResourceTypeFacts.Redshift, ResourceTypeFacts.CloudFormation, ResourceTypeFacts.SapHana];

    public void Check(Framework framework, ValidationContext context)
    {
        foreach (var s in ControlSubject.Of(framework))
        {
            if (s.Control.Scope is not { } scope)
            {
                continue;
            }

            var tags = scope.Tags ?? new Dictionary<string, string>();
            if (tags.Count > 1)
            {
                context.Report(FrameworkConstraints.TooManyTags, framework, s.SubPath, PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.Tags)), tags.Count);
            }

            foreach (var tag in tags.Where(t => t.Value is not null && t.Value.Length == 0 && !Token.IsUnresolved(t.Key)))
            {
                context.Report(FrameworkConstraints.EmptyTagValue, framework, s.SubPath, PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.Tags)), tag.Key);
            }

            var types = scope.ComplianceResourceTypes ?? [];
            if (scope.ComplianceResourceIds is { } ids)
            {
                if (ids.Count is 0 or > 100)
                {
                    context.Report(FrameworkConstraints.ResourceIdCount, framework, s.SubPath, PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceIds)), ids.Count,
                        ids.Count == 0 ? "Give the resource's ID, or leave ComplianceResourceIds unset" : "Split the IDs over several controls");
                }
                else if (ids.Count > 1)
                {
                    context.Report(FrameworkConstraints.SeveralResourceIds, framework, s.SubPath, PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceIds)), ids.Count);
                }

                if (types.Count != 1)
                {
                    context.Report(FrameworkConstraints.IdsNeedOneType, framework, s.SubPath, PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceTypes)), types.Count);
                }
            }

            for (var i = 0; i < types.Count; i++)
            {
                CheckType(s, types[i], i, context);
            }

            if (tags.Count > 0 && (types.Count > 0 || scope.ComplianceResourceIds is not null))
            {
                context.Report(FrameworkConstraints.MixedScopeKinds, framework, s.SubPath, nameof(FrameworkControl.Scope));
            }

            CheckKinds(s, scope, context);
        }
    }

    private static void CheckType(ControlSubject s, string type, int index, ValidationContext context)
    {
        if (type is null || Token.IsUnresolved(type))
        {
            return;
        }

        var property = PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceTypes)).Index(index);
        var known = ResourceTypeFacts.All.Concat(ConfigTypes).ToList();
        if (!known.Contains(type, StringComparer.Ordinal) && type != "FSX")
        {
            context.Report(FrameworkConstraints.UnknownResourceType, s.Framework, s.SubPath, property, type, AuditFacts.Suggestion(type, known));
            return;
        }

        if (NotEvaluated.Contains(type, StringComparer.Ordinal))
        {
            context.Report(FrameworkConstraints.UnsupportedResourceType, s.Framework, s.SubPath, property, type);
        }

        if (type is ResourceTypeFacts.Fsx or "FSX")
        {
            if (s.Definition == ControlCatalog.ResourcesProtectedByCrossRegion)
            {
                context.Report(ControlConstraints.CrossRegionUnsupportedType, s.Framework, s.SubPath, property);
            }
            else if (s.Definition == ControlCatalog.ResourcesProtectedByCrossAccount)
            {
                context.Report(ControlConstraints.CrossAccountUnsupportedType, s.Framework, s.SubPath, property);
            }
        }
    }

    /// <summary>SCOPE-008: a kind of scope the control does not list, reported with the control's own row.</summary>
    private static void CheckKinds(ControlSubject s, ControlScope scope, ValidationContext context)
    {
        if (s.Definition is not { } definition)
        {
            return;
        }

        var extra = scope.Kinds & ~definition.AllowedScopes;
        if (extra == ControlScopeKinds.None)
        {
            return;
        }

        var how = (extra.HasFlag(ControlScopeKinds.ResourceTypes), extra.HasFlag(ControlScopeKinds.SingleResource)) switch
        {
            (true, true) => "by resource type and to a single resource",
            (true, false) => "by resource type",
            _ => "to a single resource",
        };
        var property = extra.HasFlag(ControlScopeKinds.SingleResource) ? PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceIds)) : PropertyPath.Of(nameof(FrameworkControl.Scope), nameof(ControlScope.ComplianceResourceTypes));
        if (definition == ControlCatalog.BackupPlanMinFrequencyAndMinRetention)
        {
            context.Report(ControlConstraints.FrequencyScope, s.Framework, s.SubPath, property);
        }
        else if (definition == ControlCatalog.RecoveryPointManualDeletionDisabled)
        {
            context.Report(ControlConstraints.DeletionScope, s.Framework, s.SubPath, property);
        }
        else if (definition == ControlCatalog.RecoveryPointEncrypted)
        {
            context.Report(ControlConstraints.EncryptionScope, s.Framework, s.SubPath, property, how);
        }
        else if (definition == ControlCatalog.RecoveryPointMinimumRetention)
        {
            context.Report(ControlConstraints.RetentionScope, s.Framework, s.SubPath, property, how);
        }
    }
}
