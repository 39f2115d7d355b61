using static Backup.Iac.Tests.Constraints.ConstraintCase;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// The IAM options of generated roles (issue 16, BKP3081-BKP3087): a backup selection's role (<c>Test/Plan/Sel</c>), a
/// restore testing selection's role and a backup service role. BKP3082 is SEL-005's runtime failure; the others are
/// IAM's own rules, which the catalog does not list (no catalog ID).
/// </summary>
internal static class GeneratedRoleCases
{
    private const string Sel = "Test/Plan/Sel";
    private static readonly BackupResource Tag = BackupResource.FromTag("backup", "true");
    private const string KmsPolicyArn = "arn:aws:iam::111122223333:policy/backup-kms";
    private const string Boundary = "arn:aws:iam::111122223333:policy/boundary";

    /// <summary>A tag selection <c>Sel</c> whose role is generated with these options.</summary>
    private static BackupApp Generated(GeneratedRoleOptions options) =>
        Fixture.WithSelection(new BackupSelectionOptions { Resources = [Tag], GeneratedRole = options });

    private static BackupApp Restore(GeneratedRoleOptions options) => Fixture.App(s =>
    {
        var plan = s.AddRestoreTestingPlan("RestorePlan", new RestoreTestingPlanProps { Schedule = Schedule.Weekly(DayOfWeek.Sunday, hour: 3) });
        plan.AddSelection("Ec2", new RestoreTestingSelectionOptions { ProtectedResourceType = "EC2", GeneratedRole = options });
    });

    private static RolePolicy Kms(string name = "kms") => RolePolicy.Of(name, new RolePolicyStatement
    {
        Actions = ["kms:Decrypt", "kms:GenerateDataKey"],
        Resources = [Fixture.KeyArn],
    });

    private static string Deferred(string name) => new StackParameter(name).Value;

    private static string[] Policies(int count) => [.. Enumerable.Range(0, count).Select(i => $"arn:aws:iam::111122223333:policy/p{i}")];

    public static IReadOnlyList<ConstraintCase> All { get; } =
    [
        // BKP3081 role name
        Bad("BKP3081 a generated role name of 65 characters is rejected", "BKP3081", () => Generated(new() { RoleName = new string('r', 65) }), Sel, "GeneratedRole.RoleName"),
        Bad("BKP3081 a generated role name with a space is rejected", "BKP3081", () => Generated(new() { RoleName = "backup role" }), Sel, "GeneratedRole.RoleName"),
        Bad("BKP3081 a generated role name with '/' (a path) is rejected", "BKP3081", () => Generated(new() { RoleName = "service-role/backup" }), Sel, "GeneratedRole.RoleName"),
        Bad("BKP3081 an empty generated role name is rejected", "BKP3081", () => Generated(new() { RoleName = "" }), Sel, "GeneratedRole.RoleName"),
        Bad("BKP3081 a restore testing role name with '#' is rejected", "BKP3081", () => Restore(new() { RoleName = "restore#1" }), "Test/RestorePlan/Ec2", "GeneratedRole.RoleName"),
        Bad("BKP3081 a backup service role name of 70 characters is rejected", "BKP3081", () => Fixture.App(s => s.AddBackupServiceRole("Role", new() { RoleName = new string('b', 70) })), "Test/Role", "RoleName"),
        Good("BKP3081 a name of 64 IAM characters is accepted", "BKP3081", () => Generated(new() { RoleName = "AWSBackup+=,.@_-" + new string('x', 48) })),
        Good("BKP3081 a role name chosen at deploy time is not checked", "BKP3081", () => Generated(new() { RoleName = Deferred("RoleName") })),
        Good("BKP3081 a role name given with a Role of its own is not this rule (BKP3083)", "BKP3081", () => Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [Tag], Role = BackupRole.FromArn(Fixture.RoleArn), GeneratedRole = new() { RoleName = "bad name" },
        })),

        // BKP3082 (SEL-005) no policy at all
        Bad("SEL-005 a generated role without default policies and nothing added is warned", "BKP3082", () => Generated(new() { DisableDefaultPolicies = true }), Sel, "GeneratedRole.DisableDefaultPolicies"),
        Bad("SEL-005 a restore testing role without any policy is warned", "BKP3082", () => Restore(new() { DisableDefaultPolicies = true }), "Test/RestorePlan/Ec2", "GeneratedRole.DisableDefaultPolicies"),
        Good("SEL-005 default policies dropped for a managed policy of the account are accepted", "BKP3082", () => Generated(new() { DisableDefaultPolicies = true, ManagedPolicyArns = [KmsPolicyArn] })),
        Good("SEL-005 default policies dropped for an inline policy are accepted", "BKP3082", () => Generated(new() { DisableDefaultPolicies = true, InlinePolicies = [Kms()] })),
        Good("SEL-005 the default policies kept are accepted", "BKP3082", () => Generated(new() { PermissionsBoundaryArn = Boundary })),

        // BKP3083 options that do not apply
        Bad("BKP3083 a permissions boundary for the generated role with a Role given is warned", "BKP3083", () => Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [Tag], Role = BackupRole.FromArn(Fixture.RoleArn), GeneratedRole = new() { PermissionsBoundaryArn = Boundary },
        }), Sel, "GeneratedRole.PermissionsBoundaryArn"),
        Good("BKP3083 empty generated role options with a Role given are accepted", "BKP3083", () => Fixture.WithSelection(new BackupSelectionOptions
        {
            Resources = [Tag], Role = BackupRole.FromArn(Fixture.RoleArn), GeneratedRole = new(),
        })),
        Good("BKP3083 options of a generated role are accepted", "BKP3083", () => Generated(new() { PermissionsBoundaryArn = Boundary })),

        // BKP3084 inline policies
        Bad("BKP3084 an inline policy with a Principal is rejected", "BKP3084", () => Generated(new() { InlinePolicies = [RolePolicy.FromJson("kms",
            """{ "Version": "2012-10-17", "Statement": [{ "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*" }] }""")] }),
            Sel, "GeneratedRole.InlinePolicies[0].Json"),
        Bad("BKP3084 an inline policy that is not JSON is rejected", "BKP3084", () => Generated(new() { InlinePolicies = [RolePolicy.FromJson("kms", "{ not json")] }),
            Sel, "GeneratedRole.InlinePolicies[0].Json"),
        Bad("BKP3084 a typed inline policy statement without resources is rejected", "BKP3084", () => Generated(new() { InlinePolicies = [RolePolicy.Of("kms", new RolePolicyStatement { Actions = ["kms:Decrypt"], Resources = [] })] }),
            Sel, "GeneratedRole.InlinePolicies[0].Statements"),
        Bad("BKP3084 two inline policies with one name are rejected", "BKP3084", () => Generated(new() { InlinePolicies = [Kms(), Kms()] }),
            Sel, "GeneratedRole.InlinePolicies[1].PolicyName"),
        Bad("BKP3084 an inline policy name with a space is rejected", "BKP3084", () => Generated(new() { InlinePolicies = [Kms("kms keys")] }),
            Sel, "GeneratedRole.InlinePolicies[0].PolicyName"),
        Good("BKP3084 a typed inline policy on a key is accepted", "BKP3084", () => Generated(new() { InlinePolicies = [Kms(), Kms("kms2")] })),
        Good("BKP3084 a raw JSON inline policy with a single statement object is accepted", "BKP3084", () => Generated(new() { InlinePolicies = [RolePolicy.FromJson("kms",
            """{ "Version": "2012-10-17", "Statement": { "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:111122223333:key/*" } }""")] })),

        // BKP3085 managed policy ARNs and boundary
        Bad("BKP3085 a managed policy given by name only is rejected", "BKP3085", () => Generated(new() { ManagedPolicyArns = ["AWSBackupServiceRolePolicyForBackup"] }), Sel, "GeneratedRole.ManagedPolicyArns[0]"),
        Bad("BKP3085 a role ARN as permissions boundary is rejected", "BKP3085", () => Generated(new() { PermissionsBoundaryArn = Fixture.RoleArn }), Sel, "GeneratedRole.PermissionsBoundaryArn"),
        Bad("BKP3085 a managed policy listed twice is rejected", "BKP3085", () => Generated(new() { ManagedPolicyArns = [KmsPolicyArn, KmsPolicyArn] }), Sel, "GeneratedRole.ManagedPolicyArns[1]"),
        Bad("BKP3085 a backup service role's boundary that is a policy name is rejected", "BKP3085", () => Fixture.App(s => s.AddBackupServiceRole("Role", new() { PermissionsBoundaryArn = "boundary-policy" })), "Test/Role", "PermissionsBoundaryArn"),
        Good("BKP3085 an AWS managed policy in the stack's partition is accepted", "BKP3085", () => Generated(new()
        {
            ManagedPolicyArns = [GeneratedRoleOptions.AwsManagedPolicyArn("ReadOnlyAccess"), KmsPolicyArn], PermissionsBoundaryArn = Boundary,
        })),
        Good("BKP3085 a policy ARN in another partition is accepted", "BKP3085", () => Generated(new() { ManagedPolicyArns = ["arn:aws-cn:iam::111122223333:policy/backup-kms"] })),

        // BKP3086 role names unique in an account
        Bad("BKP3086 two generated roles with one name (ignoring case) in one account are rejected", "BKP3086", () => Fixture.App(s =>
        {
            var plan = s.AddPlan("Plan", new BackupPlanProps { Vault = s.AddVault("Vault"), Rules = [BackupPlanRule.Daily()] });
            plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [Tag], GeneratedRole = new() { RoleName = "backup-role" } });
            plan.AddSelection("Other", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "weekly")], GeneratedRole = new() { RoleName = "Backup-Role" } });
        }), "Test/Plan/Other", "GeneratedRole.RoleName"),
        Bad("BKP3086 a generated role named as a backup service role of another Region's stack is rejected", "BKP3086", () =>
        {
            var app = Generated(new() { RoleName = "backup-role" });
            app.AddStack("Frankfurt", new BackupStackProps { Account = Fixture.Account, Region = Fixture.OtherRegion }).AddBackupServiceRole("Role", new() { RoleName = "backup-role" });
            return app;
        }, "Frankfurt/Role", "RoleName"),
        Good("BKP3086 one role name in two accounts is accepted", "BKP3086", () =>
        {
            var app = Generated(new() { RoleName = "backup-role" });
            app.AddStack("Other", new BackupStackProps { Account = Fixture.OtherAccount, Region = Fixture.Region }).AddBackupServiceRole("Role", new() { RoleName = "backup-role" });
            return app;
        }),

        // BKP3087 managed policies per role
        Bad("BKP3087 eleven managed policies on a generated role are warned (default quota 10)", "BKP3087", () => Generated(new() { ManagedPolicyArns = Policies(9) }), Sel, "GeneratedRole.ManagedPolicyArns"),
        Bad("BKP3087 twenty-one managed policies on a generated role are warned (at most 20 even after a quota increase)", "BKP3087", () => Generated(new() { DisableDefaultPolicies = true, ManagedPolicyArns = Policies(21) }), Sel, "GeneratedRole.ManagedPolicyArns"),
        Good("BKP3087 ten managed policies are accepted", "BKP3087", () => Generated(new() { ManagedPolicyArns = Policies(8) })),
    ];
}
