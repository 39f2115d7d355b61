using Backup.Iac.Graph;

namespace Backup.Iac.Lowering;

/// <summary>
/// Turns a validated stack into its neutral resource graph. Defaults are applied here, once; references between
/// constructs become <see cref="ReferenceValue"/> / <see cref="AttributeValue"/>; absent optional values are omitted.
/// </summary>
internal static class Lowerer
{
    [ThreadStatic]
    private static BackupStack? current;

    internal const string BackupPolicy = "AWSBackupServiceRolePolicyForBackup";
    internal const string RestorePolicy = "AWSBackupServiceRolePolicyForRestores";
    internal const string S3BackupPolicy = "AWSBackupServiceRolePolicyForS3Backup";
    internal const string S3RestorePolicy = "AWSBackupServiceRolePolicyForS3Restore";

    public static ResourceGraph Lower(BackupStack stack)
    {
        current = stack;
        var resources = new List<Resource>();
        foreach (var node in stack.Descendants())
        {
            switch (node)
            {
                case BackupVault vault:
                    resources.Add(Vault(vault));
                    break;
                case BackupPlan plan:
                    resources.Add(Plan(plan));
                    break;
                case BackupSelection selection:
                    resources.AddRange(Selection(selection));
                    break;
                case LogicallyAirGappedBackupVault vault:
                    resources.Add(AirGappedVault(vault));
                    break;
                case RestoreTestingPlan plan:
                    resources.Add(RestoreTestingPlan(plan));
                    break;
                case RestoreTestingSelection selection:
                    resources.AddRange(RestoreTestingSelection(selection));
                    break;
                case LegalHold hold:
                    resources.Add(LegalHold(hold));
                    break;
                case TieringConfiguration tiering:
                    resources.Add(Tiering(tiering));
                    break;
                case BackupPolicy policy:
                    resources.Add(BackupPolicyLowering.Lower(policy));
                    break;
                case GlobalSettings settings:
                    resources.Add(GlobalSettings(settings));
                    break;
                case RegionSettings settings:
                    resources.Add(RegionSettings(settings));
                    break;
                case RawResource raw:
                    resources.Add(new Resource(raw.LogicalId, raw.Type, raw.ResourcePath, raw.Properties));
                    break;
                case Framework framework:
                    resources.Add(AuditLowering.Framework(framework));
                    break;
                case ReportPlan reportPlan:
                    resources.Add(AuditLowering.ReportPlan(reportPlan));
                    break;
                case ResourceTracking tracking:
                    resources.AddRange(AuditLowering.ResourceTracking(tracking));
                    break;
                case BackupServiceRole role:
                    resources.Add(RolloutLowering.ServiceRole(role));
                    break;
                case StackSetRollout rollout:
                    resources.Add(RolloutLowering.StackSet(rollout, Lower(rollout.Member)));
                    current = stack;
                    break;
            }
        }

        resources = Overrides.Apply(stack, resources);
        // One walk resolves the environment and collects the parameters (in the order a walk of the resolved values meets them).
        var parameters = new SortedDictionary<string, Parameter>(StringComparer.Ordinal);
        var resolved = new List<Resource>(resources.Count);
        foreach (var resource in resources)
        {
            var properties = (MapValue)Environment(resource.Properties, stack, parameters);
            resolved.Add(ReferenceEquals(properties, resource.Properties) ? resource : resource with { Properties = properties });
        }

        return new ResourceGraph(stack.StackName, [.. resolved.OrderBy(r => r.LogicalId, StringComparer.Ordinal)])
        {
            Description = stack.Props.Description,
            Region = stack.Region,
            Parameters = [.. parameters.Values],
        };
    }

    private static Resource Vault(BackupVault vault)
    {
        var p = vault.Props;
        var properties = MapValue.Of(
            new("BackupVaultName", Str(vault.VaultName)),
            new("EncryptionKeyArn", Str(p.EncryptionKeyArn)),
            new("BackupVaultTags", Tags(p.Tags)),
            new("AccessPolicy", p.AccessPolicy is null ? null : PolicyDocuments.ToValue(p.AccessPolicy, out _)),
            new("Notifications", Notifications(p.Notifications)),
            new("LockConfiguration", p.Lock is null ? null : MapValue.Of(
                new("MinRetentionDays", Days(p.Lock.MinRetention)),
                new("MaxRetentionDays", Days(p.Lock.MaxRetention)),
                new("ChangeableForDays", Days(p.Lock.ChangeableFor)))));
        return new Resource(vault.LogicalId, ResourceTypes.BackupVault, vault.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    private static Resource AirGappedVault(LogicallyAirGappedBackupVault vault)
    {
        var p = vault.Props;
        var properties = MapValue.Of(
            new("BackupVaultName", Str(vault.VaultName)),
            new("MinRetentionDays", Days(p.MinRetention)),
            new("MaxRetentionDays", Days(p.MaxRetention)),
            new("EncryptionKeyArn", Str(p.EncryptionKeyArn)),
            new("MpaApprovalTeamArn", Str(p.MpaApprovalTeamArn)),
            new("BackupVaultTags", Tags(p.Tags)),
            new("AccessPolicy", p.AccessPolicy is null ? null : PolicyDocuments.ToValue(p.AccessPolicy, out _)),
            new("Notifications", Notifications(p.Notifications)));
        return new Resource(vault.LogicalId, ResourceTypes.LogicallyAirGappedBackupVault, vault.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    private static MapValue? Notifications(VaultNotifications? n) => n is null ? null : MapValue.Of(
        new("SNSTopicArn", Str(n.TopicArn)),
        new("BackupVaultEvents", new ListValue([.. n.Events.Select(e => Token.ToValue(e.Name))])));

    private static Resource RestoreTestingPlan(RestoreTestingPlan plan)
    {
        var p = plan.Props;
        var s = p.RecoveryPointSelection;
        var properties = MapValue.Of(
            new("RestoreTestingPlanName", Str(plan.RestoreTestingPlanName)),
            new("ScheduleExpression", Str(p.Schedule.Expression)),
            new("ScheduleExpressionTimezone", Str(p.ScheduleTimeZone)),
            new("StartWindowHours", Hours(p.StartWindow)),
            new("RecoveryPointSelection", MapValue.Of(
                new("Algorithm", Str(s.Algorithm)),
                new("IncludeVaults", Strings(s.IncludeVaults)),
                new("ExcludeVaults", s.ExcludeVaults.Count == 0 ? null : Strings(s.ExcludeVaults)),
                new("RecoveryPointTypes", Strings(s.RecoveryPointTypes)),
                new("SelectionWindowDays", Days(s.SelectionWindow)))),
            new("Tags", TagList(p.Tags)));
        return new Resource(plan.LogicalId, ResourceTypes.RestoreTestingPlan, plan.ResourcePath, properties);
    }

    private static IEnumerable<Resource> RestoreTestingSelection(RestoreTestingSelection selection)
    {
        var o = selection.Options;
        var (roleArn, generated) = RoleFor(o.Role, selection.GeneratedRoleLogicalId, selection, () => o.ProtectedResourceType == "S3"
            ? ["service-role/" + RestorePolicy, S3RestorePolicy]
            : ["service-role/" + RestorePolicy]);
        if (generated is not null)
        {
            yield return generated;
        }

        var c = o.ProtectedResourceConditions;
        var conditions = c is null ? null : MapValue.Of(
            new("StringEquals", c.StringEquals.Count == 0 ? null : KeyValues(c.StringEquals)),
            new("StringNotEquals", c.StringNotEquals.Count == 0 ? null : KeyValues(c.StringNotEquals)));
        var properties = MapValue.Of(
            new("RestoreTestingPlanName", new ReferenceValue(selection.Plan.LogicalId)),
            new("RestoreTestingSelectionName", Str(selection.RestoreTestingSelectionName)),
            new("ProtectedResourceType", Str(ResourceTypeName(o.ProtectedResourceType))),
            new("IamRoleArn", roleArn),
            new("ProtectedResourceArns", o.ProtectedResourceArns.Count == 0 ? null : Strings(o.ProtectedResourceArns)),
            new("ProtectedResourceConditions", conditions is { Entries.Count: > 0 } ? conditions : null),
            new("RestoreMetadataOverrides", Tags(o.RestoreMetadataOverrides)),
            new("ValidationWindowHours", Hours(o.ValidationWindow)));
        yield return new Resource(selection.LogicalId, ResourceTypes.RestoreTestingSelection, selection.ResourcePath, properties);
    }

    private static ListValue KeyValues(IEnumerable<ConditionParameter> items) => new([.. items.Select(i => (Value)MapValue.Of(
        new("Key", Str(i.Key)),
        new("Value", Str(i.Value))))]);

    private static Resource LegalHold(LegalHold hold)
    {
        var p = hold.Props;
        var range = p.FromDate is { } from && p.ToDate is { } to
            ? MapValue.Of(
                new("FromDate", from.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
                new("ToDate", to.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)))
            : null;
        var properties = MapValue.Of(
            new("Title", Str(p.Title)),
            new("Description", Str(p.Description)),
            new("RecoveryPointSelection", MapValue.Of(
                new("VaultNames", p.VaultNames.Count == 0 ? null : Strings(p.VaultNames)),
                new("ResourceIdentifiers", p.ResourceIdentifiers.Count == 0 ? null : Strings(p.ResourceIdentifiers)),
                new("DateRange", range))),
            new("Tags", TagList(p.Tags)));
        return new Resource(hold.LogicalId, ResourceTypes.LegalHold, hold.ResourcePath, properties)
        {
            RemovalPolicy = p.RemovalPolicy,
        };
    }

    private static Resource Tiering(TieringConfiguration tiering)
    {
        var p = tiering.Props;
        var properties = MapValue.Of(
            new("TieringConfigurationName", Str(tiering.TieringConfigurationName)),
            new("BackupVaultName", VaultName(p.Vault)),
            new("ResourceSelection", new ListValue([.. p.ResourceSelection.Select(r => (Value)MapValue.Of(
                new("ResourceType", Str(r.ResourceType)),
                new("Resources", Strings(r.Resources)),
                new("TieringDownSettingsInDays", Days(r.TieringDownAfter))))])),
            new("TieringConfigurationTags", Tags(p.Tags)));
        return new Resource(tiering.LogicalId, ResourceTypes.TieringConfiguration, tiering.ResourcePath, properties);
    }

    private static Resource GlobalSettings(GlobalSettings settings)
    {
        var p = settings.Props;
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in p.Other ?? new Dictionary<string, string>())
        {
            map[key] = value;
        }

        void Set(string key, bool? value)
        {
            if (value is { } v)
            {
                map[key] = v ? "true" : "false";
            }
        }

        Set("isCrossAccountBackupEnabled", p.IsCrossAccountBackupEnabled);
        Set("isMpaEnabled", p.IsMpaEnabled);
        Set("isDelegatedAdministratorEnabled", p.IsDelegatedAdministratorEnabled);
        var properties = MapValue.Of(new KeyValuePair<string, Value?>("GlobalSettings", Tags(map) ?? MapValue.Empty));
        return new Resource(LogicalIds.FromPath(settings.ResourcePath), ResourceTypes.GlobalSettings, settings.ResourcePath, properties);
    }

    private static Resource RegionSettings(RegionSettings settings)
    {
        static MapValue? Flags(IReadOnlyDictionary<string, bool>? flags) =>
            flags is null || flags.Count == 0 ? null : MapValue.Of(flags.Select(f => new KeyValuePair<string, Value?>(ResourceTypeName(f.Key), new BoolValue(f.Value))));
        var properties = MapValue.Of(
            new("ResourceTypeOptInPreference", Flags(settings.Props.ResourceTypeOptInPreference)),
            new("ResourceTypeManagementPreference", Flags(settings.Props.ResourceTypeManagementPreference)));
        return new Resource(LogicalIds.FromPath(settings.ResourcePath), ResourceTypes.RegionSettings, settings.ResourcePath, properties);
    }

    /// <summary>CloudFormation's tag list (<c>[{Key, Value}]</c>, by key), or null when there are no tags: the one tag-list builder of lowering.</summary>
    internal static ListValue? TagList(IReadOnlyDictionary<string, string>? tags) =>
        tags is null || tags.Count == 0 ? null : new ListValue([.. tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (Value)MapValue.Of(
            new("Key", Token.ToValue(t.Key)),
            new("Value", Token.ToValue(t.Value))))]);

    private static Resource Plan(BackupPlan plan)
    {
        var p = plan.Props;
        var rules = plan.Rules.Select((rule, i) => Rule(plan, i, rule));
        var body = MapValue.Of(
            new("BackupPlanName", Str(plan.BackupPlanName)),
            new("BackupPlanRule", new ListValue([.. rules])),
            new("AdvancedBackupSettings", p.AdvancedBackupSettings.Count == 0 ? null : new ListValue([.. p.AdvancedBackupSettings.Select(s => (Value)MapValue.Of(
                new("ResourceType", Str(s.ResourceType)),
                new("BackupOptions", Tags(s.BackupOptions) ?? MapValue.Empty)))])),
            new("ScanSettings", p.ScanSettings.Count == 0 ? null : new ListValue([.. p.ScanSettings.Select(s => (Value)MapValue.Of(
                new("MalwareScanner", Str(s.MalwareScanner)),
                new("ResourceTypes", Strings(s.ResourceTypes)),
                new("ScannerRoleArn", Str(s.ScannerRoleArn))))])));
        var properties = MapValue.Of(new("BackupPlan", body), new("BackupPlanTags", Tags(p.Tags)));
        return new Resource(plan.LogicalId, ResourceTypes.BackupPlan, plan.ResourcePath, properties);
    }

    private static MapValue Rule(BackupPlan plan, int index, BackupPlanRule rule) => MapValue.Of(
        new("RuleName", Str(plan.RuleNameAt(index))),
        new("TargetBackupVault", VaultName(plan.VaultOf(index))),
        new("TargetLogicallyAirGappedBackupVaultArn", rule.LogicallyAirGappedVault is null ? null : VaultArn(rule.LogicallyAirGappedVault)),
        new("ScheduleExpression", Str(rule.Schedule?.Expression)),
        new("ScheduleExpressionTimezone", Str(rule.ScheduleTimeZone)),
        new("StartWindowMinutes", Minutes(rule.StartWindow)),
        new("CompletionWindowMinutes", Minutes(rule.CompletionWindow)),
        new("Lifecycle", Lifecycle(rule.Lifecycle)),
        new("EnableContinuousBackup", rule.EnableContinuousBackup ? new BoolValue(true) : null),
        new("CopyActions", rule.CopyActions.Count == 0 ? null : new ListValue([.. rule.CopyActions.Select(c => (Value)MapValue.Of(
            new("DestinationBackupVaultArn", VaultArn(c.Destination)),
            new("Lifecycle", Lifecycle(c.Lifecycle))))])),
        new("RecoveryPointTags", Tags(rule.RecoveryPointTags)),
        new("IndexActions", rule.IndexActions.Count == 0 ? null : new ListValue([.. rule.IndexActions.Select(a => (Value)MapValue.Of(
            new KeyValuePair<string, Value?>("ResourceTypes", Strings(a.ResourceTypes))))])),
        new("ScanActions", rule.ScanActions.Count == 0 ? null : new ListValue([.. rule.ScanActions.Select(a => (Value)MapValue.Of(
            new("MalwareScanner", Str(a.MalwareScanner)),
            new("ScanMode", Str(a.ScanMode))))])));

    private static MapValue? Lifecycle(Lifecycle? lifecycle) => lifecycle is null ? null : MapValue.Of(
        new("DeleteAfterDays", LifecycleDays(lifecycle.DeleteAfter)),
        new("MoveToColdStorageAfterDays", LifecycleDays(lifecycle.MoveToColdStorageAfter)),
        new("OptInToArchiveForSupportedResources", lifecycle.OptInToArchiveForSupportedResources is { } b ? new BoolValue(b) : null));

    private static IEnumerable<Resource> Selection(BackupSelection selection)
    {
        var o = selection.Options;
        var (roleArn, generated) = RoleFor(o.Role, selection.GeneratedRoleLogicalId, selection, () => BackupRolePolicies(selection));
        if (generated is not null)
        {
            yield return generated;
        }

        var arns = o.Resources.Select(r => r.Arn).OfType<string>().ToList();
        var tags = o.Resources.Select(r => r.Tag).OfType<TagCondition>().ToList();
        var conditions = o.Conditions is null || o.Conditions.IsEmpty ? null : MapValue.Of(
            o.Conditions.All().GroupBy(c => c.Operator).Select(g => new KeyValuePair<string, Value?>(g.Key, new ListValue([.. g.Select(c => (Value)MapValue.Of(
                new("ConditionKey", Str(c.Condition.Key)),
                new("ConditionValue", Str(c.Condition.Value))))]))));
        var body = MapValue.Of(
            new("SelectionName", Str(selection.SelectionName)),
            new("IamRoleArn", roleArn),
            new("Resources", arns.Count == 0 ? null : Strings(arns)),
            new("NotResources", o.NotResources.Count == 0 ? null : Strings(o.NotResources)),
            new("ListOfTags", tags.Count == 0 ? null : new ListValue([.. tags.Select(t => (Value)MapValue.Of(
                new("ConditionKey", Str(t.Key)),
                new("ConditionType", Str(string.Equals(t.ConditionType, "STRINGEQUALS", StringComparison.OrdinalIgnoreCase) ? "STRINGEQUALS" : t.ConditionType)),
                new("ConditionValue", Str(t.Value))))])),
            new("Conditions", conditions));
        var properties = MapValue.Of(new("BackupPlanId", new ReferenceValue(selection.Plan.LogicalId)), new("BackupSelection", body));
        yield return new Resource(selection.LogicalId, ResourceTypes.BackupSelection, selection.ResourcePath, properties);
    }

    /// <summary>The role ARN of a selection: the given role's, or the generated role's (which is returned to add to the graph).</summary>
    private static (Value Arn, Resource? Generated) RoleFor(IBackupRole? given, string? generatedLogicalId, Construct owner, Func<List<string>> policies)
    {
        if (given is not null || generatedLogicalId is null) // the constructs set an ID exactly when no role is given
        {
            return (Token.ToValue(given?.RoleArn ?? ""), null);
        }

        return (new AttributeValue(generatedLogicalId, "Arn"), Role(generatedLogicalId, owner.StackRelativePath + "/Role/Resource", policies()));
    }

    /// <summary>The managed policies of a selection's generated role: backup, restore, and S3 when S3 can be selected.</summary>
    private static List<string> BackupRolePolicies(BackupSelection selection)
    {
        var policies = new List<string> { "service-role/" + BackupPolicy };
        if (selection.Options.AllowRestores)
        {
            policies.Add("service-role/" + RestorePolicy);
        }

        if (SelectsS3(selection))
        {
            policies.Add(S3BackupPolicy);
            if (selection.Options.AllowRestores)
            {
                policies.Add(S3RestorePolicy);
            }
        }

        return policies;
    }

    internal static Resource Role(string logicalId, string path, IEnumerable<string> policies)
    {
        var trust = MapValue.Of(
            new("Version", "2012-10-17"),
            new("Statement", new ListValue([MapValue.Of(
                new("Action", "sts:AssumeRole"),
                new("Effect", "Allow"),
                new("Principal", MapValue.Of(new KeyValuePair<string, Value?>("Service", "backup.amazonaws.com"))))])));
        var properties = MapValue.Of(
            new("AssumeRolePolicyDocument", trust),
            new("ManagedPolicyArns", new ListValue([.. policies.Select(p => (Value)new JoinValue(
                ["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":iam::aws:policy/" + p]))])));
        return new Resource(logicalId, ResourceTypes.IamRole, path, properties);
    }

    /// <summary>Whether a selection can pick S3 buckets (by ARN, <c>*</c>, tags or conditions only).</summary>
    private static bool SelectsS3(BackupSelection selection)
    {
        var o = selection.Options;
        var arns = o.Resources.Select(r => r.Arn).OfType<string>().ToList();
        return o.Resources.Any(r => r.Tag is not null) || arns.Count == 0
            || arns.Any(a => Validation.ResourceTypeFacts.TypesOfArn(a).Contains(Validation.ResourceTypeFacts.S3));
    }

    /// <summary>A vault's name: a <c>Ref</c> within the stack, the literal name across stacks (validated: same account and Region).</summary>
    private static Value? VaultName(IBackupVault? vault) => vault switch
    {
        null => null,
        Construct c when !ReferenceEquals(c.Stack, current) => Token.ToValue(vault.VaultName),
        BackupVault construct => new ReferenceValue(construct.LogicalId),
        LogicallyAirGappedBackupVault airGapped => new ReferenceValue(airGapped.LogicalId),
        _ => Token.ToValue(vault.VaultName),
    };

    /// <summary>A vault's ARN: <c>Fn::GetAtt</c> within the stack, built from the other stack's (validated, known) account and Region across stacks.</summary>
    private static Value VaultArn(IBackupVault vault) => vault switch
    {
        Construct c when !ReferenceEquals(c.Stack, current) =>
            new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), $":backup:{c.Stack.Region}:{c.Stack.Account}:backup-vault:", Token.ToValue(vault.VaultName)]),
        BackupVault construct => new AttributeValue(construct.LogicalId, "BackupVaultArn"),
        LogicallyAirGappedBackupVault airGapped => new AttributeValue(airGapped.LogicalId, "BackupVaultArn"),
        _ => Token.ToValue(vault.VaultArn),
    };

    /// <summary>
    /// Replaces the stack's Region and account with their literal values when the stack names them (as the CDK does
    /// for an environment-specific stack) and merges adjacent literal parts of joins. A list or map with nothing to
    /// resolve (no pseudo parameter, no join to merge, no null to drop) is returned as it is; each value is visited
    /// once. The parameters met in the result are added to <paramref name="found"/> (the first declaration of a name wins).
    /// </summary>
    private static Value Environment(Value value, BackupStack stack, SortedDictionary<string, Parameter> found)
    {
        switch (value)
        {
            case PseudoParameterValue { Name: PseudoParameters.Region } when stack.Region is { } region:
                return new StringValue(region);
            case PseudoParameterValue { Name: PseudoParameters.AccountId } when stack.Account is { } account:
                return new StringValue(account);
            case ParameterValue p:
                found.TryAdd(p.Declaration.Name, p.Declaration);
                return p;
            case JoinValue join:
            {
                var parts = new Value[join.Parts.Length];
                var same = parts.Length != 1;
                for (var i = 0; i < parts.Length; i++)
                {
                    var part = join.Parts[i];
                    parts[i] = part is null ? part! : Environment(part, stack, found);
                    same = same && ReferenceEquals(parts[i], part) && !(i > 0 && parts[i] is StringValue && parts[i - 1] is StringValue);
                }

                // Nothing resolved and no adjacent literals to merge: the same join (so an enclosing map is kept too).
                return same ? join : Merge(parts);
            }

            case ListValue list:
            {
                Value[]? items = null;
                for (var i = 0; i < list.Items.Length; i++)
                {
                    var item = list.Items[i];
                    var resolvedItem = item is null ? item! : Environment(item, stack, found);
                    if (items is null && (item is null || !ReferenceEquals(resolvedItem, item)))
                    {
                        items = new Value[list.Items.Length];
                        list.Items.CopyTo(0, items, 0, i);
                    }

                    if (items is not null)
                    {
                        items[i] = resolvedItem;
                    }
                }

                return items is null ? list : new ListValue([.. items]);
            }

            case MapValue map:
            {
                KeyValuePair<string, Value?>[]? entries = null;
                var i = 0;
                foreach (var (key, entry) in map.Entries)
                {
                    var resolvedEntry = entry is null ? null : Environment(entry, stack, found);
                    if (entries is null && (entry is null || !ReferenceEquals(resolvedEntry, entry)))
                    {
                        entries = new KeyValuePair<string, Value?>[map.Entries.Count];
                        var j = 0;
                        foreach (var (earlierKey, earlier) in map.Entries)
                        {
                            if (j == i)
                            {
                                break;
                            }

                            entries[j++] = new(earlierKey, earlier);
                        }
                    }

                    if (entries is not null)
                    {
                        entries[i] = new(key, resolvedEntry);
                    }

                    i++;
                }

                // Nothing to resolve: the same map (rebuilding an unchanged sorted map was a third of lowering).
                return entries is null ? map : MapValue.Of(entries);
            }

            default:
                return value;
        }
    }

    private static void CollectParameters(Value value, SortedDictionary<string, Parameter> found)
    {
        switch (value)
        {
            case ParameterValue p:
                found.TryAdd(p.Declaration.Name, p.Declaration);
                break;
            case JoinValue j:
                foreach (var part in j.Parts)
                {
                    CollectParameters(part, found);
                }

                break;
            case ListValue l:
                foreach (var item in l.Items)
                {
                    CollectParameters(item, found);
                }

                break;
            case MapValue m:
                foreach (var (_, entry) in m.Entries)
                {
                    CollectParameters(entry, found);
                }

                break;
        }
    }

    private static Value Merge(IEnumerable<Value> parts)
    {
        var merged = new List<Value>();
        foreach (var part in parts)
        {
            if (part is StringValue s && merged.Count > 0 && merged[^1] is StringValue previous)
            {
                merged[^1] = new StringValue(previous.Text + s.Text);
            }
            else
            {
                merged.Add(part);
            }
        }

        return merged.Count == 1 ? merged[0] : new JoinValue([.. merged]);
    }

    /// <summary>The seed's <c>FSX</c> spelling is written as the API's <c>FSx</c> (catalog OQ-023).</summary>
    private static string ResourceTypeName(string type) => type == "FSX" ? "FSx" : type;

    private static Value? Str(string? s) => s is null ? null : Token.ToValue(s);

    private static ListValue Strings(IEnumerable<string> items) => new([.. items.Select(Token.ToValue)]);

    private static MapValue? Tags(IReadOnlyDictionary<string, string>? tags) =>
        tags is null || tags.Count == 0 ? null : MapValue.Of(tags.Select(t => new KeyValuePair<string, Value?>(t.Key, Token.ToValue(t.Value))));

    private static Value? Days(Duration? d) => Count(d, v => v.TotalDays);

    /// <summary>A lifecycle day count; AWS's <c>-1</c> "keep indefinitely" sentinel is written as an absent value, which means the same.</summary>
    private static Value? LifecycleDays(Duration? d) => d is { IsUnresolved: false, TotalDays: -1 } ? null : Days(d);

    private static Value? Minutes(Duration? d) => Count(d, v => v.TotalMinutes);

    private static Value? Hours(Duration? d) => Count(d, v => v.TotalHours);

    /// <summary>A duration in the property's unit, or the deploy-time value it stands for.</summary>
    private static Value? Count(Duration? d, Func<Duration, long> unit) => d switch
    {
        null => null,
        { UnresolvedToken: { } token } => Token.ToValue(token),
        { } v => new NumberValue(unit(v)),
    };
}
