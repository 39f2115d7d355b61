using Backup.Iac.Catalog;
using Backup.Iac.Graph.CloudFormation;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// XR-024: AWS Backup for S3 requires S3 Versioning. A bucket of the app without versioning that the selection names
/// fails every backup (BKP7024, error); one that the selection may match by <c>*</c>, a pattern or a tag is a warning
/// (BKP7074). A named, versioned bucket without a noncurrent-version expiration keeps every version in the backups
/// (BKP7124, info). Only literal settings count: a versioning status chosen at deploy time is not judged.
/// </summary>
internal sealed class SelectedBucketIsVersioned : IValidator<BackupSelection>
{
    public void Check(BackupSelection selection, ValidationContext context)
    {
        var facts = context.Facts.Resources;
        var resources = selection.Options.Resources;
        for (var i = 0; i < resources.Count; i++)
        {
            // A bucket outside the app, declared unversioned (ExternalBucket.Versioned): what the user states is judged.
            if (resources[i].Bucket is { Versioned: false } external && facts.Resolve(selection.Stack, resources[i].Arn, ResourceFacts.Bucket) is null)
            {
                var constraint = selection.Options.Conditions is null ? ResourceFactConstraints.UnversionedBucketSelected : ResourceFactConstraints.UnversionedBucketMaybeSelected;
                context.Report(constraint, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(i), Token.Describe(Token.WithEnvironment(external.BucketName, selection.Stack)), "by its ARN, narrowed by conditions");
            }
        }

        if (facts.OfType(ResourceFacts.Bucket).Count == 0)
        {
            return;
        }

        var named = new HashSet<RawResource>(ReferenceEqualityComparer.Instance);
        foreach (var (index, bucket, reach) in SelectedResources.Named(selection, context, ResourceFacts.Bucket))
        {
            named.Add(bucket);
            var versioned = Versioned(bucket);
            if (versioned == false)
            {
                var constraint = reach == Reach.Named ? ResourceFactConstraints.UnversionedBucketSelected : ResourceFactConstraints.UnversionedBucketMaybeSelected;
                context.Report(constraint, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), Name(bucket), "by its ARN, narrowed by conditions");
            }
            else if (versioned == true && reach == Reach.Named && ExpiresNoncurrentVersions(bucket) == false)
            {
                context.Report(ResourceFactConstraints.NoncurrentVersionsKept, selection, null, PropertyPath.Of(nameof(BackupSelectionOptions.Resources)).Index(index), Name(bucket));
            }
        }

        foreach (var bucket in facts.OfType(ResourceFacts.Bucket))
        {
            if (named.Contains(bucket) || Versioned(bucket) != false)
            {
                continue;
            }

            var (reach, how) = SelectedResources.Reaches(selection, context, bucket, "s3");
            if (reach != Reach.None)
            {
                context.Report(ResourceFactConstraints.UnversionedBucketMaybeSelected, selection, null, nameof(BackupSelectionOptions.Resources), Name(bucket), how);
            }
        }
    }

    /// <summary>The bucket's name if literal, else its logical ID.</summary>
    public static string Name(RawResource bucket) => FactValues.Text(FactValues.Get(bucket.Properties, CfnBucket.BucketName)) ?? bucket.Id;

    /// <summary>Whether versioning is enabled: absent configuration is false, <c>Suspended</c> false, unknown null.</summary>
    private static bool? Versioned(RawResource bucket)
    {
        if (!FactValues.Has(bucket.Properties, CfnBucket.VersioningConfiguration))
        {
            return false;
        }

        return FactValues.Text(FactValues.Get(bucket.Properties, CfnBucket.VersioningConfiguration, CfnBucket.VersioningConfigurationProperty.Status)) switch
        {
            "Enabled" => true,
            "Suspended" => false,
            _ => null,
        };
    }

    /// <summary>Whether a lifecycle rule expires noncurrent versions (null when the rules are unknown).</summary>
    private static bool? ExpiresNoncurrentVersions(RawResource bucket)
    {
        var rules = FactValues.Get(bucket.Properties, CfnBucket.LifecycleConfiguration, CfnBucket.LifecycleConfigurationProperty.Rules);
        if (!FactValues.Has(bucket.Properties, CfnBucket.LifecycleConfiguration))
        {
            return false;
        }

        if (FactValues.Normalize(rules) is not Graph.ListValue)
        {
            return null;
        }

        var result = (bool?)false;
        foreach (var rule in FactValues.Items(rules))
        {
            if (FactValues.Has(rule, CfnBucket.RuleProperty.NoncurrentVersionExpiration) || FactValues.Has(rule, CfnBucket.RuleProperty.NoncurrentVersionExpirationInDays))
            {
                return true;
            }

            if (FactValues.Normalize(rule) is not Graph.MapValue)
            {
                result = null;
            }
        }

        return result;
    }
}
