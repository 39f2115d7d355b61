using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Indexes;

/// <summary>
/// IDX-002: an index action lists EBS or S3, each at most once (error; other well-formed, documented types are left to
/// RT-001/RT-002 otherwise), and a second type is a warning because BOTO accepts one type per rule.
/// </summary>
internal sealed class IndexResourceTypes : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        var actions = subject.Rule.IndexActions;
        for (var i = 0; i < actions.Count; i++)
        {
            var types = actions[i].ResourceTypes ?? [];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < types.Count; j++)
            {
                var type = types[j];
                if (ResourceTypeStrings.Classify(type) != ResourceTypeStringKind.Documented)
                {
                    continue; // deferred, or RT-001/RT-002
                }

                var property = PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i).Then(nameof(IndexAction.ResourceTypes)).Index(j);
                if (!ResourceTypeStrings.IndexTypes.Contains(type))
                {
                    context.Report(IndexConstraints.IndexResourceType, subject.Plan, subject.SubPath, property,
                        i, j, type, "which AWS Backup cannot index");
                }
                else if (!seen.Add(type))
                {
                    context.Report(IndexConstraints.IndexResourceType, subject.Plan, subject.SubPath, property,
                        i, j, type, "which is listed twice (CloudFormation requires unique items)");
                }
            }

            var indexable = types.Where(t => !Token.IsUnresolved(t) && ResourceTypeStrings.IndexTypes.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
            if (indexable.Count > 1)
            {
                context.Report(IndexConstraints.IndexSeveralResourceTypes, subject.Plan, subject.SubPath, PropertyPath.Of(nameof(BackupPlanRule.IndexActions)).Index(i).Then(nameof(IndexAction.ResourceTypes)),
                    i, indexable.Count, string.Join(", ", indexable));
            }
        }
    }
}
