using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Organizations;

/// <summary>
/// ORG-037: index actions cover EBS and S3; scanners and scan modes use the API's values (whatever the inner key
/// spelling, GOQ-34); scan actions need the plan's scan settings.
/// </summary>
internal sealed class PolicyIndexAndScanActions : IPolicyValidator
{
    private static readonly string[] IndexTypes = ["EBS", "S3"];
    private static readonly string[] Scanners = ["GUARDDUTY"];
    private static readonly string[] ScanModes = ["FULL_SCAN", "INCREMENTAL_SCAN"];

    public void Check(PolicyCheck check)
    {
        foreach (var (_, plan, planPath) in PolicyWalk.Plans(check.Document))
        {
            if (plan.ScanSettings is { } settings)
            {
                Scan(check, settings, PolicyWalk.Sub(planPath, "scan_settings"));
            }

            foreach (var (ruleName, rule, path) in PolicyWalk.Rules(plan, planPath))
            {
                var indexAt = PolicyWalk.Sub(PolicyWalk.Sub(path, "index_actions"), "resource_types");
                foreach (var type in PolicyWalk.Items(rule.IndexActions?.ResourceTypes).Where(t => !IndexTypes.Contains(t, StringComparer.Ordinal)))
                {
                    check.Report(BackupPolicyConstraints.IndexScan, indexAt, "index_actions.resource_types", type, "EBS and S3");
                }

                if (rule.ScanActions is { } scan)
                {
                    var at = PolicyWalk.Sub(path, "scan_actions");
                    Scan(check, scan, at);
                    if (check.Effective && plan.ScanSettings is null)
                    {
                        check.Missing(BackupPolicyConstraints.ScanWithoutSettings, at, ruleName);
                    }
                }
            }
        }
    }

    private static void Scan(PolicyCheck check, PolicyObject node, string path)
    {
        foreach (var (key, value) in node.Settings)
        {
            var normalized = key.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
            var allowed = normalized switch
            {
                "malwarescanner" => Scanners,
                "scanmode" => ScanModes,
                _ => null,
            };
            foreach (var text in allowed is null ? [] : value.Values.Where(v => !Token.IsUnresolved(v) && !allowed.Contains(v, StringComparer.Ordinal)))
            {
                check.Report(BackupPolicyConstraints.IndexScan, PolicyWalk.Sub(path, key), key, text, string.Join(" and ", allowed ?? []));
            }
        }

        foreach (var (key, inner) in node.Objects)
        {
            Scan(check, inner, PolicyWalk.Sub(path, key));
        }
    }
}
