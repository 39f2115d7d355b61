using Backup.Iac.Catalog;
using Backup.Iac.Validation.Indexes;

namespace Backup.Iac.Validation.Plans;

/// <summary>
/// PLAN-023: each scan setting names the GuardDuty scanner, scannable resource types (EBS, EC2, S3; each once, as the
/// CFN schema's <c>uniqueItems</c> requires) and an IAM role ARN. Strings that are no resource type at all are RT-001/RT-002.
/// </summary>
internal sealed class ScanSettingsAreValid : IValidator<BackupPlan>
{
    private const string GuardDuty = "GUARDDUTY";

    public void Check(BackupPlan plan, ValidationContext context)
    {
        var scans = plan.Props.ScanSettings;
        for (var i = 0; i < scans.Count; i++)
        {
            var scan = scans[i];
            if (scan.MalwareScanner is { } scanner && !Token.IsUnresolved(scanner) && scanner != GuardDuty)
            {
                var hint = string.Equals(scanner, GuardDuty, StringComparison.OrdinalIgnoreCase) ? " (the enum is upper case)" : "";
                context.Report(PlanConstraints.ScanSettingIsValid, plan, null, PropertyPath.Of(nameof(BackupPlanProps.ScanSettings)).Index(i).Then(nameof(ScanSetting.MalwareScanner)),
                    i, $"MalwareScanner is '{scanner}', but only GUARDDUTY is supported{hint}");
            }

            var types = scan.ResourceTypes ?? [];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < types.Count; j++)
            {
                var type = types[j];
                if (ResourceTypeStrings.Classify(type) != ResourceTypeStringKind.Documented)
                {
                    continue;
                }

                var property = PropertyPath.Of(nameof(BackupPlanProps.ScanSettings)).Index(i).Then(nameof(ScanSetting.ResourceTypes)).Index(j);
                if (!ResourceTypeStrings.ScanTypes.Contains(type))
                {
                    context.Report(PlanConstraints.ScanSettingIsValid, plan, null, property, i, $"ResourceTypes[{j}] is '{type}', which cannot be scanned for malware");
                }
                else if (!seen.Add(type))
                {
                    context.Report(PlanConstraints.ScanSettingIsValid, plan, null, property, i, $"ResourceTypes lists '{type}' twice");
                }
            }

            if (!IsRoleArn(scan.ScannerRoleArn))
            {
                context.Report(PlanConstraints.ScanSettingIsValid, plan, null, PropertyPath.Of(nameof(BackupPlanProps.ScanSettings)).Index(i).Then(nameof(ScanSetting.ScannerRoleArn)),
                    i, $"ScannerRoleArn '{scan.ScannerRoleArn}' is not an IAM role ARN such as arn:aws:iam::123456789012:role/ScannerRole");
            }
        }
    }

    /// <summary>An IAM role ARN in any partition (catalog "ARN shape checks"); parts that are tokens are not checked.</summary>
    private static bool IsRoleArn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (Arn.TryParse(text) is not { } arn)
        {
            return Token.IsUnresolved(text); // e.g. a role's Arn attribute: known only at deploy time
        }

        return Known(arn.Partition, p => Patterns.Partition().IsMatch(p))
            && Known(arn.Service, s => s == "iam")
            && Known(arn.Region, r => r.Length == 0)
            && Known(arn.Account, a => Patterns.AccountId().IsMatch(a))
            && Known(arn.Resource, r => r.StartsWith("role/", StringComparison.Ordinal) && r.Length > "role/".Length);
    }

    private static bool Known(string part, Func<string, bool> isValid) => Token.IsUnresolved(part) || isValid(part);
}
