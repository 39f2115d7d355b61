using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Rules;

/// <summary>
/// RULE-026: <c>LogicallyAirGappedVault</c> is a backup-vault ARN (shape as COPY-002) in the plan's own account and
/// Region; another account or Region is an error when both sides are known.
/// </summary>
internal sealed class RuleLogicallyAirGappedVault : IValidator<RuleSubject>
{
    public void Check(RuleSubject subject, ValidationContext context)
    {
        if (subject.Rule.LogicallyAirGappedVault is not { } vault)
        {
            return;
        }

        var stack = context.Stack ?? subject.Plan.Stack;
        string? account;
        string? region;
        string shown;
        switch (vault)
        {
            case Construct construct: // a vault construct of this app: its stack gives the account and Region
                account = construct.Stack.Account;
                region = construct.Stack.Region;
                shown = construct.Path;
                break;
            case ExternalBackupVault { IsFromArn: false } byName:
                if (!Token.IsUnresolved(byName.VaultName) && !Patterns.VaultName().IsMatch(byName.VaultName))
                {
                    Report(context, subject, byName.VaultName, "is not a valid vault name (2 to 50 letters, digits, '-' or '_')", stack,
                        context.App.TemplateWording ? "Use the vault's ARN" : "Use the vault's name, or BackupVault.FromArn with its ARN");
                }

                return; // built in the stack's own account and Region
            default:
                shown = vault.VaultArn;
                if (!IsVaultArn(vault.VaultArn, out account, out region))
                {
                    Report(context, subject, shown, "is not a backup vault ARN (arn:PARTITION:backup:REGION:ACCOUNT:backup-vault:NAME)", stack,
                        context.App.TemplateWording ? "Give the vault's ARN (!GetAtt of an AWS::Backup::LogicallyAirGappedBackupVault)" : "Give the vault's ARN with BackupVault.FromArn");
                    return;
                }

                break;
        }

        var otherAccount = stack.Environment.IsOtherAccount(account);
        var otherRegion = stack.Environment.IsOtherRegion(region);
        if (otherAccount || otherRegion)
        {
            var where = (otherAccount, otherRegion) switch
            {
                (true, true) => $"is in account {account} and Region {region}",
                (true, false) => $"is in account {account}",
                _ => $"is in Region {region}",
            };
            Report(context, subject, shown, where, stack,
                "Use a logically air-gapped vault of this account and Region, and reach the other one with a CopyAction");
        }
    }

    private static void Report(ValidationContext context, RuleSubject subject, string shown, string problem, BackupStack stack, string fix)
    {
        var home = stack.Environment switch
        {
            { Account: { } account, Region: { } region } => $" (account {account}, Region {region})",
            { Account: { } account } => $" (account {account})",
            { Region: { } region } => $" (Region {region})",
            _ => "",
        };
        context.Report(RuleConstraints.LogicallyAirGappedVault, subject.Plan, subject.SubPath, nameof(BackupPlanRule.LogicallyAirGappedVault), shown, problem, home, fix);
    }

    /// <summary>Whether the text has the shape of a backup-vault ARN; parts that hold tokens are accepted as they are.</summary>
    private static bool IsVaultArn(string text, out string? account, out string? region)
    {
        account = null;
        region = null;
        if (Arn.TryParse(text) is not { } arn)
        {
            return Token.IsUnresolved(text) && !text.StartsWith("arn:", StringComparison.Ordinal);
        }

        account = arn.Account;
        region = arn.Region;
        return (Token.IsUnresolved(arn.Partition) || Patterns.Partition().IsMatch(arn.Partition))
            && (Token.IsUnresolved(arn.Service) || arn.Service == "backup")
            && (Token.IsUnresolved(arn.Region) || Patterns.Region().IsMatch(arn.Region))
            && (Token.IsUnresolved(arn.Account) || Patterns.AccountId().IsMatch(arn.Account))
            && (Token.IsUnresolved(arn.Resource)
                || (arn.Resource.StartsWith("backup-vault:", StringComparison.Ordinal)
                    && Patterns.VaultName().IsMatch(arn.Resource["backup-vault:".Length..])));
    }

    private static bool Known(string? value) => !string.IsNullOrEmpty(value) && !Token.IsUnresolved(value);
}
