using System.Reflection;
using Backup.Iac.Changes;
using Backup.Iac.Graph;
using Backup.Iac.Graph.CloudFormation;
using Backup.Iac.Kinds;
using Backup.Iac.Lowering;
using Backup.Iac.Validation;

namespace Backup.Iac.Tests.Kinds;

/// <summary>
/// Exhaustiveness of the resource-kind descriptors: every construct that becomes resources has a kind, every kind's
/// types are declared, lowering writes exactly those types, and each pipeline that still keys code by construct or
/// resource type either handles a kind or names it on an explicit list here (so a new kind cannot be skipped silently).
/// </summary>
public sealed class ResourceKindsTests
{
    /// <summary>The public constructs that are not resources: the tree's root and its stacks.</summary>
    private static readonly Type[] NotResources = [typeof(BackupApp), typeof(BackupStack)];

    /// <summary>Kinds with no per-construct validators in <see cref="Validator"/>, and where they are checked instead.</summary>
    private static readonly Dictionary<Type, string> ValidatedElsewhere = new()
    {
        [typeof(RawResource)] = "the escape hatch: written as given, without checks",
        [typeof(StackSetRollout)] = "RolloutChecks, over the app",
    };

    /// <summary>Kinds that write no user map as CloudFormation object keys (tags as a Key/Value list, or no map): nothing for BKP9003.</summary>
    private static readonly Type[] NoObjectKeyMaps =
    [
        typeof(BackupSelection), typeof(Framework), typeof(ReportPlan), typeof(BackupPolicy), typeof(ResourceTracking),
        typeof(BackupServiceRole), typeof(StackSetRollout), typeof(RawResource),
        typeof(RegionSettings), // its keys are resource types, checked against the known types by RegionSettingsResourceTypes
    ];

    /// <summary>Resource types for which change detection has no documented diagnostic.</summary>
    private static readonly string[] NotCompared =
    [
        ResourceTypes.IamRole, ResourceTypes.ServiceLinkedRole, ResourceTypes.ConfigurationRecorder, ResourceTypes.ConfigDeliveryChannel,
        ResourceTypes.StackSet, ResourceTypes.TieringConfiguration, ResourceTypes.GlobalSettings, ResourceTypes.RegionSettings,
        ResourceTypes.SnsTopicPolicy, // a vault's CreateTopicPolicy: rewritten in place, no replacement to announce
    ];

    private static VaultNotifications Notify(string topic) => new() { TopicArn = topic, Events = [BackupVaultEvent.BackupJobFailed], CreateTopicPolicy = true };

    [Fact]
    public void Every_public_construct_has_a_kind_or_is_listed_as_not_a_resource()
    {
        var constructs = typeof(Construct).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.IsSubclassOf(typeof(Construct)))
            .Except(NotResources)
            .OrderBy(t => t.Name, StringComparer.Ordinal);
        Assert.Equal(constructs.Select(t => t.Name), ResourceKinds.All.Select(k => k.ConstructType.Name));
        Assert.All(NotResources, t => Assert.DoesNotContain(ResourceKinds.All, k => k.ConstructType == t));
    }

    [Fact]
    public void Every_kinds_types_are_declared_in_ResourceTypes_and_every_declared_type_has_a_kind()
    {
        var declared = typeof(ResourceTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(ResourceTypes.OwnTypePrefix)).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);
        var written = ResourceKinds.All.SelectMany(k => k.Types).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(written.Except(declared));
        Assert.Empty(declared.Except(written));
        Assert.All(ResourceKinds.All.Where(k => k.ConstructType != typeof(RawResource)), k => Assert.NotEmpty(k.Types));
        Assert.Equal(ResourceKinds.All.Length, ResourceKinds.All.Select(k => k.ConstructType).Distinct().Count());
    }

    [Fact]
    public void Lowering_one_of_each_kind_yields_exactly_the_declared_types()
    {
        var (stack, _) = EveryKind();
        var context = new LoweringContext(stack);
        var met = new HashSet<Type>();
        foreach (var node in stack.Descendants())
        {
            if (ResourceKinds.Of(node) is not { } kind)
            {
                continue;
            }

            met.Add(kind.ConstructType);
            var types = kind.Lower(node, context).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);
            var expected = node is RawResource raw ? [raw.Type] : kind.Types.ToHashSet(StringComparer.Ordinal);
            Assert.True(expected.SetEquals(types), $"{kind.ConstructType.Name} wrote {string.Join(", ", types.Order())}; it declares {string.Join(", ", expected.Order())}");
        }

        // The stack holds one of each kind, so a new kind must be added to it.
        Assert.Equal(ResourceKinds.All.Select(k => k.ConstructType.Name), met.Select(t => t.Name).Order(StringComparer.Ordinal));
        var graph = Lowerer.Lower(stack);
        var all = ResourceKinds.All.SelectMany(k => k.Types).Append("Custom::Thing").ToHashSet(StringComparer.Ordinal);
        Assert.True(all.SetEquals(graph.Resources.Select(r => r.Type)));
    }

    [Fact]
    public void A_rollout_lowers_its_member_with_its_own_context_and_leaves_the_stack_s_context_alone()
    {
        var (stack, _) = EveryKind();
        var graph = Lowerer.Lower(stack);
        // The tiering configuration comes after the rollout in the tree: its vault is still a Ref within the management stack.
        var tiering = graph.Resources.Single(r => r.Type == ResourceTypes.TieringConfiguration);
        Assert.IsType<ReferenceValue>(tiering.Properties.Entries[CfnTieringConfiguration.BackupVaultName]);
        var stackSet = graph.Resources.Single(r => r.Type == ResourceTypes.StackSet);
        var member = Assert.IsType<EmbeddedTemplateValue>(stackSet.Properties.Entries[CfnStackSet.TemplateBody]).Template;
        Assert.Contains(member.Resources, r => r.Type == ResourceTypes.BackupVault);
    }

    [Fact]
    public void Lowering_and_the_kinds_hold_no_static_mutable_state()
    {
        var types = typeof(Construct).Assembly.GetTypes()
            .Where(t => t.Namespace is "Backup.Iac.Lowering" or "Backup.Iac.Kinds" && !t.Name.StartsWith('<')); // not the compiler's lambda caches
        var mutable = types.SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsLiteral && !f.IsInitOnly)
            .Select(f => f.DeclaringType!.Name + "." + f.Name);
        Assert.Empty(mutable);
        Assert.DoesNotContain(types.SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)),
            f => f.GetCustomAttribute<ThreadStaticAttribute>() is not null);
    }

    [Fact]
    public void Replacement_properties_are_the_schema_s_create_only_properties()
    {
        Assert.Equal(CfnBackupVault.CreateOnlyProperties, ResourceKinds.Of(new BackupApp().AddStack("S").AddVault("V"))!.ReplacementProperties);
        foreach (var kind in ResourceKinds.All.Where(k => !k.Types.IsEmpty))
        {
            // The selection's override only reorders them (change detection names the last one changed).
            Assert.Equal(ResourceKind.CreateOnlyPropertiesOf(kind.Types[0]).Order(StringComparer.Ordinal), kind.ReplacementProperties.Order(StringComparer.Ordinal));
        }

        Assert.Empty(ResourceKind.CreateOnlyPropertiesOf(ResourceTypes.GlobalSettings));
    }

    [Fact]
    public void Change_detection_compares_every_kind_s_types_or_lists_them_as_not_compared()
    {
        var written = ResourceKinds.All.SelectMany(k => k.Types).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(TemplateChanges.ComparedTypes.Intersect(NotCompared));
        Assert.True(written.SetEquals(TemplateChanges.ComparedTypes.Concat(NotCompared)),
            "not handled: " + string.Join(", ", written.Except(TemplateChanges.ComparedTypes).Except(NotCompared)));
    }

    [Fact]
    public void The_validator_checks_every_kind_or_names_where_it_is_checked()
    {
        var kinds = ResourceKinds.All.Select(k => k.ConstructType).ToHashSet();
        Assert.Empty(Validator.ConstructChecks.Keys.Intersect(ValidatedElsewhere.Keys));
        Assert.True(kinds.SetEquals(Validator.ConstructChecks.Keys.Concat(ValidatedElsewhere.Keys)),
            "not handled: " + string.Join(", ", kinds.Except(Validator.ConstructChecks.Keys).Except(ValidatedElsewhere.Keys).Select(t => t.Name)));
    }

    [Fact]
    public void Literal_map_keys_are_checked_for_every_kind_or_the_kind_writes_no_object_keys()
    {
        var kinds = ResourceKinds.All.Select(k => k.ConstructType).ToHashSet();
        Assert.Empty(MapKeysAreLiteral.ByConstruct.Keys.Intersect(NoObjectKeyMaps));
        Assert.True(kinds.SetEquals(MapKeysAreLiteral.ByConstruct.Keys.Concat(NoObjectKeyMaps)),
            "not handled: " + string.Join(", ", kinds.Except(MapKeysAreLiteral.ByConstruct.Keys).Except(NoObjectKeyMaps).Select(t => t.Name)));
    }

    /// <summary>A management stack with one construct of each kind, each set so that it writes every type its kind declares.</summary>
    private static (BackupStack Stack, BackupStack Member) EveryKind()
    {
        var app = new BackupApp();
        var stack = app.AddStack("Management", new BackupStackProps { Account = Fixture.Account, Region = Fixture.Region });
        var member = app.AddMemberStack("Member", new MemberStackProps
        {
            Management = stack,
            OrganizationalUnits = [PolicyTarget.OrganizationalUnit("ou-a1b2-pr000001")],
            Regions = ["us-east-1"],
        });
        member.AddVault("MemberVault");
        member.AddBackupServiceRole("MemberRole");
        // Each vault kind writes its notification topic's policy (CreateTopicPolicy), one topic each.
        var vault = stack.AddVault("Vault", new BackupVaultProps { Notifications = Notify("arn:aws:sns:eu-west-1:111122223333:events") });
        var plan = stack.AddPlan("Plan", new BackupPlanProps { Vault = vault, Rules = [BackupPlanRule.Daily()] });
        plan.AddSelection("Sel", new BackupSelectionOptions { Resources = [BackupResource.FromTag("backup", "true")] }); // no role: one is generated
        stack.AddSelection("StackSel", new BackupSelectionProps { Plan = plan, Resources = [BackupResource.FromTag("backup", "weekly")] }); // the other placement
        stack.AddLogicallyAirGappedVault("AirGapped", new LogicallyAirGappedBackupVaultProps
        {
            MinRetention = Duration.Days(7), MaxRetention = Duration.Days(35), Notifications = Notify("arn:aws:sns:eu-west-1:111122223333:air-gapped-events"),
        });
        stack.AddRestoreTestingPlan("Tests", new RestoreTestingPlanProps { Schedule = Schedule.Daily(hour: 6) })
            .AddSelection("Volumes", new RestoreTestingSelectionOptions { ProtectedResourceType = "EBS" }); // no role: one is generated
        stack.AddLegalHold("Hold", new LegalHoldProps { Title = "Case 42", Description = "Audit period.", VaultNames = ["primary"] });
        stack.AddTieringConfiguration("Tiering", new TieringConfigurationProps
        {
            Vault = vault,
            ResourceSelection = [new TieringResourceSelection { Resources = ["*"], TieringDownAfter = Duration.Days(60) }],
        });
        stack.AddGlobalSettings("Global", new GlobalSettingsProps { IsCrossAccountBackupEnabled = true });
        stack.AddRegionSettings("Region", new RegionSettingsProps { ResourceTypeOptInPreference = new Dictionary<string, bool> { ["EBS"] = true } });
        stack.AddResourceTracking("Tracking", new ResourceTrackingProps { CreateServiceLinkedRole = true, DeliveryBucketName = "config-bucket" });
        stack.AddFramework("Audit", new FrameworkProps { Controls = [Controls.BackupPlanMinFrequencyAndMinRetention()] });
        stack.AddReportPlan("Report", new ReportPlanProps { ReportSetting = ReportSetting.BackupJobs(), ReportDeliveryChannel = ReportDeliveryChannel.ToBucket("reports") });
        stack.AddBackupPolicy("Policy", new BackupPolicyProps { Document = new BackupPolicyDocument(), Targets = [PolicyTarget.Root("r-ab12")] });
        stack.AddBackupServiceRole("Role");
        stack.AddRawResource("Raw", "Custom::Thing", MapValue.Empty);
        return (stack, member);
    }
}
