using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Backup.Iac.Emit.CloudFormation;
using Backup.Iac.Graph;
using Backup.Iac.Import;
using Xunit.Abstractions;

namespace Backup.Iac.Tests.Constraints;

/// <summary>
/// Synth–lint parity: every violating constraint case, lowered without validation and emitted as CloudFormation (JSON
/// and YAML), is linted in process; lint must report the same code on the resource the diagnostic's construct maps to.
/// An <c>AWS::Organizations::Policy</c> resource is also linted with its <c>Content</c> as a JSON string, and its
/// content alone as a standalone policy file. Cases lint cannot see are listed in <see cref="CSharpOnly"/>, with why.
/// </summary>
public class SynthLintParityTests(ITestOutputHelper output)
{
    // Why lint cannot see a case. A reason that starts with "lint gap" is not C#-only: lint could see the fact and does
    // not yet; it is listed so that the test stays green while the gap is known, and it is counted apart.
    private const string ChangeRule = "a change rule: it compares with the template deployed before, and lint takes no previous template";
    private const string AcrossStacks = "a fact across the stacks of one app (one account and Region, another stack's construct): lint reads one template at a time";
    private const string StackNameFromFile = "the stack's name is chosen at deploy time: lint does not judge a name that comes from the file name";
    private const string SettingsResource = "Region or global settings (opt-ins, cross-account backup): CloudFormation has no resource type for them, so no template carries them";
    private const string OrganizationTree = "the organization tree (root, OUs, accounts, their policies, delegated administrators, rollouts) exists only in C#; a template holds single policies";
    private const string NullInModel = "a required value left null in C#: no template can be written from it; in a template the missing property is the schema check's BKP9112";
    private const string SubUnitDuration = "a Duration in hours or minutes where CloudFormation counts whole days or hours: the template's property cannot hold the value";
    private const string OperatorOutsideSchema = "a condition operator that CloudFormation's schema does not have: lowering does not write it, and in a template lint reports the same error as BKP9110 (unknown property)";
    private const string SchemaRequired = "a required value or shape the model lets C# leave out: lowering omits it, and in a template lint reports it as the schema's BKP9111 or BKP9112";
    private const string KeepForeverSentinel = "the model's -1 (keep forever) sentinel is lowered to no value, which is valid in a template";
    private const string PolicyLockOption = "the access policy lock's acknowledgement is a C# option: lint reports a template's self-locking policy as the warning BKP1192";
    private const string LockModeOption = "the lock mode and its acknowledgement are C# options: in a template ChangeableForDays is what makes a lock compliance mode";
    private const string DeleteAfterEventOption = "DeleteAfterEvent is a model option that lowering does not write (CloudFormation has no such property)";
    private const string ConditionTypeSpelling = "lowering writes the ConditionType in CloudFormation's spelling (STRINGEQUALS), so the case variant written in C# is not in the template";
    private const string IntendedTypeOfHelper = "the typed helper's intended resource type is a C# fact: the ARN alone matches more types";
    private const string AccessPolicyNotJson = "an access policy that is not JSON is not written by lowering: the template has no policy to read";
    private const string UndefinedFormat = "an undefined ReportFormat enum value exists only in C#: lowering writes a defined format";
    private const string StandalonePolicyText = "as a standalone file, this text cannot be told from a template (no plans key, or not JSON): lint reports it as BKP9100/BKP9101; inside a template's Content it is caught";
    private const string AcknowledgementInCSharp = "an acknowledgement made in C# (app.Acknowledge) is not written into the template; lint checks the template's own (Metadata: BackupIac: Acknowledge), tested in AcknowledgementTests";
    private const string DeclaredFact = "a fact declared on an ExternalTopic, ExternalKey or ExternalBucket (a resource outside the app) exists only in C#: a template holds the ARN or name alone";
    private const string GeneratedTopicPolicy = "which topic policy a vault's CreateTopicPolicy writes is a C# fact: in a template both topic policies are raw resources, and lint reads only the AWS Backup resources";
    private const string Placement = "lint gap (placement): lint reports the code on the other resource of the pair, or on the n-th resource in the template's logical-ID order instead of construct order";
    private const string GeneratedRoleOption = "an IAM option of a role Backup.Iac generates (GeneratedRole, a backup service role's props): lint reads the role ARN a selection names and does not import a template's AWS::IAM::Role";
    private const string GapStackSet = "lint gap: the properties of an AWS::CloudFormation::StackSet (name, Regions, OUs, operation preferences) are not imported";

    /// <summary>
    /// The violating cases (by case name) whose fact exists only in C#, or a known lint gap: lint cannot see it in a
    /// template. The test fails when one of them becomes visible, so the list cannot rot.
    /// </summary>
    private static readonly Dictionary<string, string> CSharpOnly = new(StringComparer.Ordinal)
    {
        ["BKP3081"] = GeneratedRoleOption,
        ["BKP3082"] = GeneratedRoleOption,
        ["BKP3083"] = GeneratedRoleOption,
        ["BKP3084"] = GeneratedRoleOption,
        ["BKP3085"] = GeneratedRoleOption,
        ["BKP3086"] = GeneratedRoleOption,
        ["BKP3087"] = GeneratedRoleOption,
        ["RSET-005 Region settings in an app with an Organizations backup policy are explained"] = SettingsResource,
        ["FW-003 renaming a framework is warned"] = ChangeRule,
        ["LAG-005 a new maximum on an air-gapped vault replaces it"] = ChangeRule,
        ["LH-009 a new date range replaces the hold"] = ChangeRule,
        ["LH-009 a new title replaces the hold"] = ChangeRule,
        ["LH-009 a new vault on a hold the stack may delete replaces and releases it"] = ChangeRule,
        ["ORGP-008 detaching a policy from an OU is warned"] = ChangeRule,
        ["PLAN-003 a renamed plan is reported"] = ChangeRule,
        ["PLAN-017 a changed plan creates a version"] = ChangeRule,
        ["PLAN-019 a changed retention applies to future backups only"] = ChangeRule,
        ["RPT-002 renaming a report plan is warned"] = ChangeRule,
        ["RTP-003 a renamed restore testing plan is replaced"] = ChangeRule,
        ["RTS-004 a changed resource type replaces the restore testing selection"] = ChangeRule,
        ["RULE-023 a lowered continuous retention is reported"] = ChangeRule,
        ["RULE-023 a removed continuous rule is reported"] = ChangeRule,
        ["SEL-026 a changed selection is replaced"] = ChangeRule,
        ["SEL-026 a changed selection of the stack is replaced"] = ChangeRule,
        ["VAULT-008 a key added to a vault with the AWS managed key is reported"] = ChangeRule,
        ["VAULT-008 a new key on a deployed vault is reported"] = ChangeRule,
        ["VAULT-008 a renamed vault is replaced"] = ChangeRule,
        ["BKP9002 a copy to a vault of a stack without a Region is rejected"] = AcrossStacks,
        ["BKP9002 a rule into a vault of a stack without an account is rejected"] = AcrossStacks,
        ["BKP9002 a rule into a vault of another stack from a stack without a Region is rejected"] = AcrossStacks,
        ["COPY-006 a cross-account copy to a vault construct without an access policy is an error"] = AcrossStacks,
        ["COPY-006 a cross-account copy to a vault construct whose policy allows another account is an error"] = AcrossStacks,
        ["COPY-011 a cross-Region copy of an RDS Multi-AZ DB cluster is warned about"] = IntendedTypeOfHelper,
        ["COPY-011 a cross-account copy of an RDS Multi-AZ DB cluster is warned about"] = IntendedTypeOfHelper,
        ["XR-001 a rule into a vault of a stack in another Region is rejected"] = AcrossStacks,
        ["XR-001 a rule into a vault of a stack in another account is rejected"] = AcrossStacks,
        ["FW-004 two frameworks with one name in two stacks of one account and Region are rejected"] = AcrossStacks,
        ["FW-014 a Region that backs up resources without a framework is warned"] = AcrossStacks,
        ["LH-005 legal holds of one account in two Regions count together"] = AcrossStacks,
        ["LH-007 a hold in another stack of the same account and Region is warned"] = AcrossStacks,
        ["PLAN-004 two stacks in the same account and Region with the same plan name are warned on the later plan"] = AcrossStacks,
        ["PLAN-016 plans of two stacks in one account and Region count together"] = AcrossStacks,
        ["RPT-015 a framework of another stack is rejected"] = AcrossStacks,
        ["RPT-021 21 report plans in one account are rejected"] = AcrossStacks,
        ["RTP-003 two stacks of the same account and Region with the same plan name are rejected"] = AcrossStacks,
        ["VAULT-003 the same name in two stacks of one account and Region is rejected"] = AcrossStacks,
        ["BKP9004 a stack name starting with a digit is rejected"] = StackNameFromFile,
        ["BKP9004 a stack name with a path separator is rejected"] = StackNameFromFile,
        ["BKP9005 two stacks named alike (ignoring case) are rejected"] = StackNameFromFile,
        ["GSET-001 a key differing from a documented one in case is warned about"] = SettingsResource,
        ["GSET-001 an undocumented key is warned about"] = SettingsResource,
        ["GSET-001 isCrossAccountBackupEnabled set to 'True' is rejected"] = SettingsResource,
        ["GSET-001 isMpaEnabled set to 'yes' is rejected"] = SettingsResource,
        ["GSET-002 global settings cannot be checked to deploy to the management account"] = SettingsResource,
        ["GSET-002 global settings in a stack with an unknown account are warned about"] = SettingsResource,
        ["GSET-003 disabling cross-account backup notes the 15-minute delay"] = SettingsResource,
        ["GSET-003 disabling cross-account backup through Other notes the delay"] = SettingsResource,
        ["RSET-001 a key with a space that is no documented name is rejected"] = SettingsResource,
        ["RSET-001 a management key that is no resource type is rejected"] = SettingsResource,
        ["RSET-001 an opt-in key in the wrong case is rejected"] = SettingsResource,
        ["RSET-001 an opt-in key that is no resource type is rejected"] = SettingsResource,
        ["RSET-002 DynamoDB management with the opt-in false is warned about"] = SettingsResource,
        ["RSET-002 DynamoDB management without an opt-in is warned about"] = SettingsResource,
        ["RSET-003 Region settings in a stack without a Region are warned about"] = SettingsResource,
        ["RSET-003 Region settings in a stack without an account are warned about"] = SettingsResource,
        ["RSET-004 RDS opted in and Aurora opted out is warned about"] = SettingsResource,
        ["XAM-003 global settings in a member account are rejected"] = SettingsResource,
        ["XR-007 a cross-Region copy of named DynamoDB tables opted out is warned about"] = SettingsResource,
        ["XR-007 cold storage of named DynamoDB tables with advanced backup off is warned about"] = SettingsResource,
        ["XR-007 recovery point tags in a tag-selected plan with DynamoDB opted in but not managed are warned about"] = SettingsResource,
        ["XR-012 a cross-account copy into a vault with the AWS managed key is an error"] = AcrossStacks,
        ["XR-012 a cross-account copy into a vault with the aws/backup alias is an error"] = AcrossStacks,
        ["BKP9007 an acknowledgement of a code that does not exist is reported"] = AcknowledgementInCSharp,
        ["BKP9007 an acknowledgement of a retired or unused number is reported"] = AcknowledgementInCSharp,
        ["BKP9008 an acknowledgement of an error code is reported"] = AcknowledgementInCSharp,
        ["BKP9009 an acknowledgement at a mistyped path is reported"] = AcknowledgementInCSharp,
        ["BKP9009 an acknowledgement at a path of another stack name is reported"] = AcknowledgementInCSharp,
        ["BKP9010 an acknowledgement that matches no finding is noted"] = AcknowledgementInCSharp,
        ["XR-012 a cross-account copy with cross-account backup disabled is warned about"] = SettingsResource,
        ["XR-012 a cross-account copy with global settings that do not enable cross-account backup is warned about"] = SettingsResource,
        ["XR-013 a tag selection with EBS opted out is warned about"] = SettingsResource,
        ["XR-014 a DB cluster ARN with Aurora, Neptune and DocumentDB opted out is warned about"] = SettingsResource,
        ["XR-014 an Aurora cluster with Aurora opted out is warned about"] = SettingsResource,
        ["OPS-003 an OU policy adding a plan under a locked plans node is warned"] = OrganizationTree,
        ["OPS-003 an OU policy's change to a locked schedule is ignored and warned"] = OrganizationTree,
        ["OPS-006 an effective plan without rules is rejected"] = OrganizationTree,
        ["OPS-006 an effective rule without a schedule is rejected"] = OrganizationTree,
        ["ORG-004 six rules on the root and five more on an OU make eleven in the effective plan"] = OrganizationTree,
        ["ORG-010 an effective rule without a vault is rejected"] = OrganizationTree,
        ["ORG-011 a vault missing from the app's stack of a targeted account and Region is warned"] = OrganizationTree,
        ["ORG-012 a target vault name that is an air-gapped vault of the app is warned"] = OrganizationTree,
        ["ORG-013 cold on the root and delete on the OU 30 days apart are rejected in the effective policy"] = OrganizationTree,
        ["ORG-024 an effective plan without Regions is rejected"] = OrganizationTree,
        ["ORG-025 an effective plan without selections is rejected"] = OrganizationTree,
        ["ORG-025 an effective selection without tag_key is rejected"] = OrganizationTree,
        ["ORG-027 20 values on the root and 11 appended on an OU are rejected"] = OrganizationTree,
        ["ORG-029 an effective plan tag without tag_value is rejected"] = OrganizationTree,
        ["ORG-031 Region settings in a member account that gets policy plans are warned"] = OrganizationTree,
        ["ORG-032 a local plan selecting the policy's tag is warned"] = OrganizationTree,
        ["ORG-034 302 plans in one Region for one account are warned"] = OrganizationTree,
        ["ORG-035 an effective resource selection without resource_types is rejected"] = OrganizationTree,
        ["ORG-037 scan actions in an effective plan without scan settings are warned"] = OrganizationTree,
        ["ORGP-006 a policy in a member account's stack is rejected"] = OrganizationTree,
        ["ORGP-007 an organization without the backup policy type is warned"] = OrganizationTree,
        ["ORGP-009 1,001 backup policies are rejected"] = OrganizationTree,
        ["ROLL-001 $account copy destination not in the blueprint"] = OrganizationTree,
        ["ROLL-001 StackSet misses a Region of the policy"] = OrganizationTree,
        ["ROLL-001 blueprint vault named differently from the policy's target"] = OrganizationTree,
        ["ROLL-002 blueprint role named differently"] = OrganizationTree,
        ["ROLL-002 blueprint role on another path"] = OrganizationTree,
        ["ROLL-002 default service role that no blueprint creates"] = OrganizationTree,
        ["ROLL-003 lock maximum below the policy's retention"] = OrganizationTree,
        ["ROLL-003 lock minimum above the policy's retention"] = OrganizationTree,
        ["ROLL-003 rule that never expires into a lock with a maximum"] = OrganizationTree,
        ["ROLL-004 named role in a member stack of two Regions"] = OrganizationTree,
        ["ROLL-005 policy on the root reaches the management account without a vault in eu-west-1"] = OrganizationTree,
        ["ROLL-006 central vault admits the Dev OU only"] = OrganizationTree,
        ["ROLL-006 central vault admits the Prod accounts but not Dev's"] = OrganizationTree,
        ["CTRL-XACC-02 a cross-account control naming an account outside the organization is warned"] = OrganizationTree,
        ["XAM-001 a copy to an account outside the organization is rejected"] = OrganizationTree,
        ["XAM-001 a target outside the organization tree is rejected"] = OrganizationTree,
        ["XAM-002 backup policies switched off in AWS Backup are warned"] = OrganizationTree,
        ["XAM-002 cross-account monitoring switched off is warned"] = OrganizationTree,
        ["XAM-004 a destination vault without an access policy is warned"] = OrganizationTree,
        ["XAM-005 six delegated administrators are warned"] = OrganizationTree,
        ["XAM-005 the management account as delegated administrator is warned"] = OrganizationTree,
        ["BKP9006 a null resource entry in a selection is reported, not thrown"] = NullInModel,
        ["BKP9006 a null rule in a plan is reported, not thrown"] = NullInModel,
        ["BKP9006 a null tag value is reported, not thrown"] = NullInModel,
        ["COPY-001 a copy action without a destination is rejected"] = NullInModel,
        ["NOTIF-002 a missing event list is rejected"] = NullInModel,
        ["RPT-005 a report plan without a delivery channel is rejected"] = NullInModel,
        ["RPT-010 a report plan without a setting is rejected"] = NullInModel,
        ["RTP-004 a missing Schedule is rejected"] = NullInModel,
        ["RTP-008 a missing RecoveryPointSelection is rejected"] = NullInModel,
        ["BKP9001 a lock minimum of 90 minutes is rejected"] = SubUnitDuration,
        ["BKP9001 a retention of 36 hours is rejected"] = SubUnitDuration,
        ["BKP9001 an air-gapped MinRetention of 200 hours is rejected"] = SubUnitDuration,
        ["RTP-007 a StartWindow of 90 minutes (not whole hours) is rejected"] = SubUnitDuration,
        ["RTP-014 a SelectionWindow of 36 hours (not whole days) is rejected"] = SubUnitDuration,
        ["RTS-015 a ValidationWindow of 30 minutes (not whole hours) is rejected"] = SubUnitDuration,
        ["RTS-010 StringLike is rejected"] = OperatorOutsideSchema,
        ["SEL-012 the operator ForAnyValue:StringLike is rejected"] = OperatorOutsideSchema,
        ["SEL-012 the operator NumericEquals is rejected"] = OperatorOutsideSchema,
        ["SEL-012 the operator StringEqualsIgnoreCase is rejected"] = OperatorOutsideSchema,
        ["SEL-012 the operator stringequals (wrong case) is rejected"] = OperatorOutsideSchema,
        ["BKP1502 a tiering configuration without a vault is rejected"] = SchemaRequired,
        ["LH-004 a date range without its end is rejected"] = SchemaRequired,
        ["SEL-011 a tag entry without a value is rejected"] = SchemaRequired,
        ["VPOL-001 a JSON array is rejected"] = SchemaRequired,
        ["LC-001 a DeleteAfter of -1 (the keep-forever sentinel) is warned about"] = KeepForeverSentinel,
        ["LC-001 the -1 sentinel in a copy lifecycle is warned about"] = KeepForeverSentinel,
        ["LC-003 a MoveToColdStorageAfter of -1 (the sentinel) is warned about"] = KeepForeverSentinel,
        ["LOCK-002 a compliance lock without ChangeableFor is rejected"] = LockModeOption,
        ["LOCK-002 a governance lock with ChangeableFor is rejected"] = LockModeOption,
        ["LOCK-009 a compliance lock without the irreversibility acknowledgement is rejected"] = LockModeOption,
        ["NOTIF-010 a topic outside the app declared not to let AWS Backup publish is rejected"] = DeclaredFact,
        ["NOTIF-011 a topic outside the app whose declared key does not let AWS Backup use it is rejected"] = DeclaredFact,
        ["XR-024 a bucket outside the app declared unversioned is rejected"] = DeclaredFact,
        ["RPT-022 a report bucket outside the app declared not to let the reports role put objects is reported"] = DeclaredFact,
        ["NOTIF-010 a raw topic policy of the app for the topic whose policy the vault creates is reported"] = GeneratedTopicPolicy,
        ["NOTIF-010 two stacks that create the policy of one literal topic are reported"] = AcrossStacks,
        ["BKP1191 a statement that locks the policy without the acknowledgement is rejected"] = PolicyLockOption,
        ["BKP1191 a hand-written deny of DeleteBackupVaultAccessPolicy to anyone needs the acknowledgement too"] = PolicyLockOption,
        ["LC-012 DeleteAfterEvent is rejected"] = DeleteAfterEventOption,
        ["LC-012 DeleteAfterEvent on a copy lifecycle is rejected"] = DeleteAfterEventOption,
        ["SEL-010 ConditionType StringEquals (a case variant) is a warning"] = ConditionTypeSpelling,
        ["SEL-023 AuroraCluster(\"*\") selecting every RDS-family cluster is reported"] = IntendedTypeOfHelper,
        ["VPOL-001 a policy that is not JSON is rejected"] = AccessPolicyNotJson,
        ["RPT-008 an undefined format is rejected"] = UndefinedFormat,
        ["ORG-001 a policy without the plans key is rejected"] = StandalonePolicyText,
        ["ORG-001 text that is not JSON is rejected"] = StandalonePolicyText,
        ["FW-008 eleven frameworks are warned"] = Placement,
        ["FW-008 sixteen frameworks in one account and Region are rejected"] = Placement,
        ["LAG-001 two air-gapped vaults with one name in a stack are rejected"] = Placement,
        ["LH-005 51 legal holds in an account are rejected"] = Placement,
        ["PLAN-004 two plans of one stack with the same BackupPlanName are warned"] = Placement,
        ["PLAN-016 a 301st plan in one account and Region is warned"] = Placement,
        ["RPT-003 two report plans with one name are rejected"] = Placement,
        ["RTP-017 101 restore testing plans are rejected"] = Placement,
        ["VAULT-013 301 vaults in one account and Region are warned at the 301st"] = Placement,
        ["XR-009 a snapshot plan and a continuous plan for overlapping buckets into different vaults are warned about"] = Placement,
        ["XR-010 a continuous '*' plan and a continuous plan naming an RDS instance are warned about"] = Placement,
        ["XR-010 two plans with continuous rules for the same bucket are warned about"] = Placement,
        ["XR-021 a '*' plan and a plan naming a volume with overlapping windows are warned about"] = Placement,
        ["XR-021 two plans backing up the same volume at the same time are warned about"] = Placement,
        ["ROLL-007 StackSet name with an underscore"] = GapStackSet,
        ["ROLL-007 account ID among the OUs"] = GapStackSet,
        ["ROLL-007 failure tolerance count and percentage"] = GapStackSet,
        ["ROLL-007 max concurrent count zero"] = GapStackSet,
        ["ROLL-007 max concurrent percentage over 100"] = GapStackSet,
        ["ROLL-007 no Regions"] = GapStackSet,
    };

    /// <summary>The properties of a <see cref="BackupPolicy"/> that are the resource's, not its content's.</summary>
    private static readonly string[] ConstructProperties = ["PolicyName", "Description", "Targets", "Tags"];

    [Fact]
    public void Lint_reports_every_violation_synth_reports_on_the_same_resource()
    {
        var cases = AllCases.Cases.Where(c => c.Violates).ToList();
        var caught = 0;
        var listed = 0;
        var gaps = 0;
        var misses = new List<string>();
        var visible = new List<string>();
        foreach (var c in cases)
        {
            var miss = Miss(c);
            var reason = CSharpOnly.GetValueOrDefault(c.Name) ?? CSharpOnly.GetValueOrDefault(c.Code);
            if (miss is null)
            {
                caught++;
                if (reason is not null)
                {
                    visible.Add($"{c.Name} (listed: {reason})");
                }
            }
            else if (reason is not null)
            {
                if (reason.StartsWith("lint gap", StringComparison.Ordinal))
                {
                    gaps++;
                }
                else
                {
                    listed++;
                }
            }
            else
            {
                misses.Add($"{c.Name} [{c.Code}]: {miss}");
            }
        }

        output.WriteLine($"parity: caught {caught} of {cases.Count} violating cases ({listed} listed as C#-only)");
        output.WriteLine($"known lint gaps listed: {gaps}; neither caught nor listed: {misses.Count}");
        foreach (var m in misses)
        {
            output.WriteLine("MISS " + m);
        }

        Assert.True(misses.Count == 0 && visible.Count == 0,
            $"{misses.Count} violating case(s) that lint misses and that are not listed as C#-only:\n  " + string.Join("\n  ", misses)
            + $"\n{visible.Count} case(s) listed as C#-only that lint now catches (remove them from the list):\n  " + string.Join("\n  ", visible));
    }

    [Fact]
    public void Listed_cases_and_codes_exist()
    {
        var names = AllCases.Cases.Where(c => c.Violates).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var codes = AllCases.Cases.Where(c => c.Violates).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(CSharpOnly.Keys, k => Assert.True(names.Contains(k) || codes.Contains(k), $"'{k}' names no violating case and no code of one"));
    }

    /// <summary>Why lint does not report the case's violation as synth does, or null when it does.</summary>
    private static string? Miss(ConstraintCase c)
    {
        SynthResult result;
        var built = c.Build();
        try
        {
            result = built.SynthWithoutRefusal();
        }
#pragma warning disable CA1031 // a lowering that fails on an invalid model is a finding of the test, not a crash
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"lowering the invalid model threw {e.GetType().Name}: {e.Message}";
        }

        var expected = result.Diagnostics.FirstOrDefault(d => d.Code == c.Code && (c.Path is null || d.Path == c.Path) && (c.Property is null || d.Property == c.Property));
        if (expected is null)
        {
            return "synth does not report it without a previous template";
        }

        var graphs = result.Graphs;
        var stackIndex = -1;
        var stacks = built.Stacks;
        for (var i = 0; i < stacks.Count; i++)
        {
            if (expected.Path == stacks[i].Path || expected.Path.StartsWith(stacks[i].Path + "/", StringComparison.Ordinal))
            {
                stackIndex = i;
            }
        }

        if (stackIndex < 0 || stackIndex >= graphs.Length)
        {
            return $"no stack for {expected.Path}";
        }

        var graph = graphs[stackIndex];
        var relative = expected.Path == stacks[stackIndex].Path ? "" : expected.Path[(stacks[stackIndex].Path.Length + 1)..];
        var resource = ResourceOf(graph, relative);
        var problems = new List<string>();
        // A standalone policy file has the content only: not the resource's name, description, targets or tags.
        var contentOnly = expected.Property is not { } property || !ConstructProperties.Any(x => property == x || property.StartsWith(x + "[", StringComparison.Ordinal));
        foreach (var (name, text) in Variants(graph, resource, stacks[stackIndex], contentOnly))
        {
            // As `backup-iac lint --account --region` with the stack's environment, where the case's stack has one.
            var lint = Linter.Lint(name, Encoding.UTF8.GetBytes(text), new LintEnvironment(Literal(stacks[stackIndex].Account), Literal(stacks[stackIndex].Region)));
            if (Environment.GetEnvironmentVariable("PARITY_DUMP") is { Length: > 0 } dump)
            {
                // To look at a miss: the emitted templates, one folder per case.
                var folder = Path.Combine(dump, new string([.. c.Name.Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '_')]));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, name), text);
            }

            var found = lint.Diagnostics.Where(d => d.Diagnostic.Code == c.Code).ToList();
            if (found.Count == 0)
            {
                problems.Add($"{name}: not reported (lint: {string.Join(", ", lint.Diagnostics.Select(d => d.Diagnostic.Code).Distinct())})");
                continue;
            }

            if (resource is null || name.EndsWith(".policy.json", StringComparison.Ordinal))
            {
                continue;
            }

            var (first, last) = Lines(text, resource.LogicalId);
            if (!found.Any(d => d.At is { } at ? at.Line >= first && at.Line <= last : d.Diagnostic.Path.Split('/')[0] == resource.LogicalId))
            {
                problems.Add($"{name}: reported elsewhere than {resource.LogicalId} (lines {first}-{last}): {string.Join("; ", found.Select(d => $"{d.Diagnostic.Path}@{d.At}"))}");
            }
        }

        return problems.Count == 0 ? null : string.Join(" | ", problems);
    }

    /// <summary>The resource a construct path (relative to its stack) maps to: the deepest whose path is a prefix of it.</summary>
    private static Resource? ResourceOf(ResourceGraph graph, string relative)
    {
        if (relative.Length == 0)
        {
            return null;
        }

        Resource? best = null;
        var bestLength = -1;
        foreach (var r in graph.Resources.Where(CloudFormationLimits.IsExpressible))
        {
            var p = r.Path.EndsWith("/Resource", StringComparison.Ordinal) ? r.Path[..^"/Resource".Length] : r.Path;
            var matches = relative == p || relative.StartsWith(p + "/", StringComparison.Ordinal) || relative.StartsWith(p + "[", StringComparison.Ordinal);
            if (matches && p.Length > bestLength)
            {
                (best, bestLength) = (r, p.Length);
            }
        }

        return best;
    }

    /// <summary>
    /// The templates to lint: JSON and YAML; for an Organizations policy also its Content as a JSON string, and the content
    /// alone as a policy file. A policy document read from JSON text with problems (which the typed document drops when it
    /// reads them) is written as that text, as a template author would have written it.
    /// </summary>
    private static IEnumerable<(string Name, string Text)> Variants(ResourceGraph graph, Resource? resource, BackupStack stack, bool standalone)
    {
        var json = CloudFormationEmitter.Emit(graph, TemplateFormat.Json).GetText();
        var indented = new JsonSerializerOptions { WriteIndented = true };
        var policy = resource?.Type == ResourceTypes.OrganizationsPolicy
            ? stack.Descendants().OfType<BackupPolicy>().FirstOrDefault(p => p.LogicalId == resource.LogicalId)
            : null;
        var text = policy is not null && !policy.Props.Document.ReadFindings.IsEmpty ? BackupPolicyDocument.TextOf(policy.Props.Document) : null;
        if (policy is null || JsonNode.Parse(json)?["Resources"]?[resource!.LogicalId]?["Properties"] is not JsonObject properties || properties["Content"] is not JsonObject content)
        {
            yield return ("Test.template.json", json);
            yield return ("Test.template.yaml", CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText());
            yield break;
        }

        if (text is null)
        {
            yield return ("Test.template.json", json);
            yield return ("Test.template.yaml", CloudFormationEmitter.Emit(graph, TemplateFormat.Yaml).GetText());
            text = content.ToJsonString(indented);
        }
        else if (Parsed(text) is JsonObject written)
        {
            properties["Content"] = written;
            yield return ("Test.template.json", properties.Root.ToJsonString(indented) + "\n");
        }

        if (standalone)
        {
            yield return ("Test.policy.json", text + "\n");
        }

        properties["Content"] = text;
        yield return ("Test.string.template.json", properties.Root.ToJsonString(indented) + "\n");
    }

    private static JsonNode? Parsed(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The first and last line of a resource in an emitted template: from its key to the line before the next resource's key.</summary>
    private static (int First, int Last) Lines(string text, string logicalId)
    {
        var root = SourceReader.Read(text).Root as SourceMapping;
        var resources = root?["Resources"] as SourceMapping;
        var entries = resources?.Entries ?? [];
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Key == logicalId)
            {
                return (entries[i].KeyAt.Line, i + 1 < entries.Length ? entries[i + 1].KeyAt.Line - 1 : int.MaxValue);
            }
        }

        return (0, -1);
    }

    /// <summary>A stack's account or Region as the user would give it to lint: a literal value, not a token.</summary>
    private static string? Literal(string? value) => value is not null && !value.Contains("${", StringComparison.Ordinal) ? value : null;
}
