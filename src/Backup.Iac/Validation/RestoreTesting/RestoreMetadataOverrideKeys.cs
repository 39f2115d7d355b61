using System.Collections.Frozen;
using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTS-016: RestoreMetadataOverrides keys are overridable keys of the selection's type (DG §Restore testing inferred
/// metadata L12546-12930; nested keys such as <c>lustreConfiguration</c> are top-level keys), and no two keys differ only
/// in case (keys are case-insensitive). An RDS selection may hold instances or Multi-AZ clusters, and an FSx selection any
/// FSx file system, so their lists are the unions.
/// </summary>
internal sealed class RestoreMetadataOverrideKeys : IValidator<RestoreTestingSelection>
{
    private static readonly string[] ClusterKeys =
    [
        "availabilityZones", "databaseName", "dbClusterParameterGroupName", "dbSubnetGroupName", "enableCloudwatchLogsExports",
        "enableIamDatabaseAuthentication", "engine", "engineMode", "engineVersion", "kmskeyId", "port", "optionGroupName",
        "scalingConfiguration", "vpcSecurityGroupIds",
    ];

    private static readonly string[] InstanceKeys =
    [
        "allocatedStorage", "availabilityZones", "dbInstanceClass", "dbName", "dbParameterGroupName", "dbSubnetGroupName", "domain",
        "domainIamRoleName", "enableCloudwatchLogsExports", "enableIamDatabaseAuthentication", "iops", "licensemodel", "multiAz",
        "optionGroupName", "port", "processorFeatures", "publiclyAccessible", "storageType", "vpcSecurityGroupIds",
    ];

    private static readonly string[] FsxKeys =
    [
        "kmsKeyId", "lustreConfiguration", "ontapConfiguration", "openZfsConfiguration", "windowsConfiguration", "securityGroupIds", "subnetIds",
    ];

    /// <summary>The overridable keys per restore-testable type, in the documented spelling.</summary>
    public static readonly FrozenDictionary<string, IReadOnlyList<string>> Keys = new Dictionary<string, IReadOnlyList<string>>
    {
        [ResourceTypeFacts.DynamoDb] = ["encryptionType", "kmsMasterKeyArn"],
        [ResourceTypeFacts.Ebs] = ["availabilityZone", "kmsKeyId"],
        [ResourceTypeFacts.Ec2] = ["iamInstanceProfileName", "instanceType", "requireImdsV2", "securityGroupIds", "subnetId", "vpcId"],
        [ResourceTypeFacts.Efs] = ["kmsKeyId"],
        [ResourceTypeFacts.Fsx] = FsxKeys,
        [ResourceTypeFacts.Aurora] = ClusterKeys,
        [ResourceTypeFacts.DocumentDb] = ClusterKeys,
        [ResourceTypeFacts.Neptune] = ClusterKeys,
        [ResourceTypeFacts.Rds] = [.. ClusterKeys.Union(InstanceKeys, StringComparer.OrdinalIgnoreCase)],
        [ResourceTypeFacts.S3] = ["encryptionType", "kmsKey"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public void Check(RestoreTestingSelection selection, ValidationContext context)
    {
        if (selection.Options.RestoreMetadataOverrides is not { Count: > 0 } overrides)
        {
            return;
        }

        var type = RestoreTestingFacts.TypeOf(selection);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in overrides.Keys.Order(StringComparer.Ordinal))
        {
            if (key is null || Token.IsUnresolved(key))
            {
                continue;
            }

            var property = PropertyPath.Of(nameof(RestoreTestingSelectionOptions.RestoreMetadataOverrides)).Item(key);
            if (seen.TryGetValue(key, out var first))
            {
                context.Report(RestoreTestingConstraints.OverrideKey, selection, null, property, key,
                    $"differs only in case from '{first}', and override keys are case-insensitive", "Keep one of the two keys");
                continue;
            }

            seen[key] = key;
            if (type is null || !Keys.TryGetValue(type, out var allowed) || allowed.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var near = allowed.FirstOrDefault(a => Distance(a.ToUpperInvariant(), key.ToUpperInvariant()) <= 2);
            var elsewhere = Keys.Where(k => k.Value.Contains(key, StringComparer.OrdinalIgnoreCase)).Select(k => k.Key).Order(StringComparer.Ordinal).ToList();
            var what = $"is not an overridable key of {type} restores"
                + (elsewhere.Count > 0 ? $" (it belongs to {string.Join(", ", elsewhere)})" : "")
                + $"; {type} takes {string.Join(", ", allowed)}";
            var fix = near is not null ? $"Did you mean '{near}'? Rename the key" : "Remove the key, or move it to a selection of the type it belongs to";
            context.Report(RestoreTestingConstraints.OverrideKey, selection, null, property, key, what, fix);
        }
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
