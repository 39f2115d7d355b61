namespace Backup.Iac.Tests;

/// <summary>
/// Small valid models to vary in tests. Paths: stack <c>Test</c>, vault <c>Test/Vault</c>, plan <c>Test/Plan</c>,
/// rules <c>Test/Plan/Rules[NAME]</c>, selection <c>Test/Plan/Sel</c>.
/// </summary>
internal static class Fixture
{
    public const string Account = "111122223333";
    public const string OtherAccount = "444455556666";
    public const string Region = "eu-west-1";
    public const string OtherRegion = "eu-central-1";
    public const string RoleArn = "arn:aws:iam::111122223333:role/service-role/AWSBackupDefaultServiceRole";
    public const string KeyArn = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    public const string TopicArn = "arn:aws:sns:eu-west-1:111122223333:backup-events";

    /// <summary>An app with one stack <c>Test</c> built by <paramref name="build"/>.</summary>
    public static BackupApp App(Action<BackupStack> build, string? account = Account, string? region = Region)
    {
        var app = new BackupApp();
        var stack = app.AddStack("Test", new BackupStackProps { Account = account, Region = region });
        build(stack);
        return app;
    }

    /// <summary>A plan <c>Plan</c> with the rules and a tag selection <c>Sel</c>.</summary>
    public static BackupPlan Plan(BackupStack stack, IBackupVault? vault, params BackupPlanRule[] rules)
    {
        var plan = stack.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = rules });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "true")], Role = BackupRole.FromArn(RoleArn) });
        return plan;
    }

    /// <summary>A vault <c>Vault</c> with <paramref name="props"/>, used by a daily plan.</summary>
    public static BackupApp WithVault(BackupVaultProps props) => App(s =>
    {
        var vault = s.AddVault("Vault", props);
        Plan(s, vault, BackupPlanRule.Daily());
    });

    /// <summary>A plan whose only rule is <paramref name="rule"/>, into vault <c>Vault</c>.</summary>
    public static BackupApp WithRule(BackupPlanRule rule) => WithRules(rule);

    /// <summary>A plan with the rules, into vault <c>Vault</c>.</summary>
    public static BackupApp WithRules(params BackupPlanRule[] rules) => App(s => Plan(s, s.AddVault("Vault"), rules));

    /// <summary>A plan with <paramref name="props"/> (the vault <c>Vault</c> filled in when none is given) and a tag selection.</summary>
    public static BackupApp WithPlan(BackupPlanProps props) => App(s =>
    {
        var plan = s.AddPlan("Plan", props with { Vault = props.Vault ?? s.AddVault("Vault") });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "true")], Role = BackupRole.FromArn(RoleArn) });
    });

    /// <summary>A daily plan with one selection <c>Sel</c> made of <paramref name="options"/>.</summary>
    public static BackupApp WithSelection(BackupSelectionOptions options, params BackupPlanRule[] rules) => App(s =>
    {
        var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = rules.Length == 0 ? [BackupPlanRule.Daily()] : rules });
        plan.AddSelection("Sel", options);
    });
}
