using Backup.Iac.Catalog;
using Backup.Iac.Validation;

namespace Backup.Iac.Organizations;

/// <summary>What a setting holds.</summary>
internal enum SettingKind
{
    Text,
    WholeNumber,
    Flag,
    List,
}

/// <summary>
/// Reads the typed model from a <see cref="PolicyNode"/> tree, reporting unknown keys (ORG-033), wrong shapes (ORG-001),
/// numbers written as JSON numbers (ORG-030), list operators on single values (OPS-002) and bare values (OPS-007).
/// Fixed keys are written in lower case, as documented; user-chosen keys (plan, rule, selection names) are compared
/// without case, as AWS Organizations does.
/// </summary>
internal sealed class PolicyShape(PolicyFindings findings)
{
    public static readonly string[] DocumentKeys = ["plans"];
    public static readonly string[] PlanKeys = ["regions", "rules", "selections", "advanced_backup_settings", "backup_plan_tags", "scan_settings"];
    public static readonly string[] RuleKeys =
    [
        "schedule_expression", "schedule_expression_timezone", "start_backup_window_minutes", "complete_backup_window_minutes",
        "enable_continuous_backup", "target_backup_vault_name", "target_logically_air_gapped_backup_vault_arn", "recovery_point_tags",
        "lifecycle", "copy_actions", "index_actions", "scan_actions",
    ];

    public static readonly string[] LifecycleKeys = ["delete_after_days", "move_to_cold_storage_after_days", "opt_in_to_archive_for_supported_resources"];
    public static readonly string[] CopyKeys = ["target_backup_vault_arn", "lifecycle"];
    public static readonly string[] TagKeys = ["tag_key", "tag_value"];
    public static readonly string[] SelectionsKeys = ["tags", "resources"];
    public static readonly string[] TagSelectionKeys = ["iam_role_arn", "tag_key", "tag_value", "conditions"];
    public static readonly string[] ResourceSelectionKeys = ["iam_role_arn", "resource_types", "not_resource_types", "conditions"];
    public static readonly string[] ConditionsKeys = ["string_equals", "string_not_equals", "string_like", "string_not_like"];
    public static readonly string[] ConditionKeys = ["condition_key", "condition_value"];
    public static readonly string[] IndexKeys = ["resource_types"];

    public BackupPolicyDocument Document(PolicyNode root)
    {
        if (!root.IsObject)
        {
            findings.Add(BackupPolicyConstraints.Syntax, "", "The policy is not a JSON object", "Write {\"plans\": {...}}");
            return new BackupPolicyDocument();
        }

        PolicyMap<PolicyPlan>? plans = null;
        foreach (var (key, node) in root.Children)
        {
            if (Is(key, "plans"))
            {
                plans = Map(node, "plans", Plan);
            }
            else
            {
                Unknown(key, node, "the policy", DocumentKeys);
            }
        }

        if (plans is null && root.Children.Count == 0)
        {
            findings.Add(BackupPolicyConstraints.Syntax, "", "The policy has no top-level key plans", "Write {\"plans\": {\"<plan name>\": {...}}}");
        }

        return new BackupPolicyDocument { Plans = plans ?? new(), OperatorsAllowedForChildPolicies = root.ChildOperators };
    }

    private PolicyPlan? Plan(string name, PolicyNode node)
    {
        if (!Container(node, "a plan"))
        {
            return null;
        }

        PolicyValue? regions = null;
        PolicyMap<PolicyRule>? rules = null;
        PolicySelections? selections = null;
        PolicyMap<PolicyMap<PolicyValue>>? advanced = null;
        PolicyMap<PolicyTag>? tags = null;
        PolicyObject? scan = null;
        foreach (var (key, child) in node.Children)
        {
            switch (key)
            {
                case "regions": regions = Setting(child, SettingKind.List); break;
                case "rules": rules = Map(child, "rules", Rule); break;
                case "selections": selections = Selections(child); break;
                case "advanced_backup_settings": advanced = Map(child, "advanced_backup_settings", (_, n) => Map(n, "settings", (_, s) => Setting(s, SettingKind.Text))); break;
                case "backup_plan_tags": tags = Map(child, "backup_plan_tags", Tag); break;
                case "scan_settings": scan = Object(child); break;
                default: Unknown(key, child, $"the plan '{name}'", PlanKeys); break;
            }
        }

        return new PolicyPlan
        {
            Regions = regions, Rules = rules, Selections = selections, AdvancedBackupSettings = advanced, BackupPlanTags = tags, ScanSettings = scan,
            OperatorsAllowedForChildPolicies = node.ChildOperators,
        };
    }

    private PolicyRule? Rule(string name, PolicyNode node)
    {
        if (!Container(node, "a rule"))
        {
            return null;
        }

        var rule = new PolicyRule { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            rule = key switch
            {
                "schedule_expression" => rule with { ScheduleExpression = Setting(child, SettingKind.Text) },
                "schedule_expression_timezone" => rule with { ScheduleExpressionTimezone = Setting(child, SettingKind.Text) },
                "start_backup_window_minutes" => rule with { StartBackupWindowMinutes = Setting(child, SettingKind.WholeNumber) },
                "complete_backup_window_minutes" => rule with { CompleteBackupWindowMinutes = Setting(child, SettingKind.WholeNumber) },
                "enable_continuous_backup" => rule with { EnableContinuousBackup = Setting(child, SettingKind.Flag) },
                "target_backup_vault_name" => rule with { TargetBackupVaultName = Setting(child, SettingKind.Text) },
                "target_logically_air_gapped_backup_vault_arn" => rule with { TargetLogicallyAirGappedBackupVaultArn = Setting(child, SettingKind.Text) },
                "recovery_point_tags" => rule with { RecoveryPointTags = Map(child, "recovery_point_tags", Tag) },
                "lifecycle" => rule with { Lifecycle = Lifecycle(child) },
                "copy_actions" => rule with { CopyActions = Map(child, "copy_actions", Copy) },
                "index_actions" => rule with { IndexActions = Index(child) },
                "scan_actions" => rule with { ScanActions = Object(child) },
                _ => UnknownIn(rule, key, child, $"the rule '{name}'", RuleKeys),
            };
        }

        return rule;
    }

    private PolicyLifecycle? Lifecycle(PolicyNode node)
    {
        if (!Container(node, "a lifecycle"))
        {
            return null;
        }

        var life = new PolicyLifecycle { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            life = key switch
            {
                "delete_after_days" => life with { DeleteAfterDays = Setting(child, SettingKind.WholeNumber) },
                "move_to_cold_storage_after_days" => life with { MoveToColdStorageAfterDays = Setting(child, SettingKind.WholeNumber) },
                "opt_in_to_archive_for_supported_resources" => life with { OptInToArchiveForSupportedResources = Setting(child, SettingKind.Flag) },
                _ => UnknownIn(life, key, child, "a lifecycle", LifecycleKeys),
            };
        }

        return life;
    }

    private PolicyCopyAction? Copy(string name, PolicyNode node)
    {
        if (!Container(node, "a copy action"))
        {
            return null;
        }

        var copy = new PolicyCopyAction { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            copy = key switch
            {
                "target_backup_vault_arn" => copy with { TargetBackupVaultArn = Setting(child, SettingKind.Text) },
                "lifecycle" => copy with { Lifecycle = Lifecycle(child) },
                _ => UnknownIn(copy, key, child, $"the copy action '{name}'", CopyKeys),
            };
        }

        return copy;
    }

    private PolicyTag? Tag(string name, PolicyNode node)
    {
        if (!Container(node, "a tag"))
        {
            return null;
        }

        var tag = new PolicyTag { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            tag = key switch
            {
                "tag_key" => tag with { TagKey = Setting(child, SettingKind.Text) },
                "tag_value" => tag with { TagValue = Setting(child, SettingKind.Text) },
                _ => UnknownIn(tag, key, child, $"the tag '{name}'", TagKeys),
            };
        }

        return tag;
    }

    private PolicySelections? Selections(PolicyNode node)
    {
        if (!Container(node, "selections"))
        {
            return null;
        }

        var selections = new PolicySelections { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            selections = key switch
            {
                "tags" => selections with { Tags = Map(child, "tags", TagSelection) },
                "resources" => selections with { Resources = Map(child, "resources", ResourceSelection) },
                _ => UnknownIn(selections, key, child, "selections", SelectionsKeys),
            };
        }

        return selections;
    }

    private PolicyTagSelection? TagSelection(string name, PolicyNode node)
    {
        if (!Container(node, "a selection"))
        {
            return null;
        }

        var selection = new PolicyTagSelection { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            selection = key switch
            {
                "iam_role_arn" => selection with { IamRoleArn = Setting(child, SettingKind.Text) },
                "tag_key" => selection with { TagKey = Setting(child, SettingKind.Text) },
                "tag_value" => selection with { TagValue = Setting(child, SettingKind.List) },
                "conditions" => selection with { Conditions = Conditions(child) },
                _ => UnknownIn(selection, key, child, $"the selection '{name}'", TagSelectionKeys),
            };
        }

        return selection;
    }

    private PolicyResourceSelection? ResourceSelection(string name, PolicyNode node)
    {
        if (!Container(node, "a selection"))
        {
            return null;
        }

        var selection = new PolicyResourceSelection { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            selection = key switch
            {
                "iam_role_arn" => selection with { IamRoleArn = Setting(child, SettingKind.Text) },
                "resource_types" => selection with { ResourceTypes = Setting(child, SettingKind.List) },
                "not_resource_types" => selection with { NotResourceTypes = Setting(child, SettingKind.List) },
                "conditions" => selection with { Conditions = Conditions(child) },
                _ => UnknownIn(selection, key, child, $"the selection '{name}'", ResourceSelectionKeys),
            };
        }

        return selection;
    }

    private PolicyConditions? Conditions(PolicyNode node)
    {
        if (!Container(node, "conditions"))
        {
            return null;
        }

        var conditions = new PolicyConditions { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            conditions = key switch
            {
                "string_equals" => conditions with { StringEquals = Map(child, key, Condition) },
                "string_not_equals" => conditions with { StringNotEquals = Map(child, key, Condition) },
                "string_like" => conditions with { StringLike = Map(child, key, Condition) },
                "string_not_like" => conditions with { StringNotLike = Map(child, key, Condition) },
                _ => UnknownIn(conditions, key, child, "conditions", ConditionsKeys),
            };
        }

        return conditions;
    }

    private PolicyCondition? Condition(string name, PolicyNode node)
    {
        if (!Container(node, "a condition"))
        {
            return null;
        }

        var condition = new PolicyCondition { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            condition = key switch
            {
                "condition_key" => condition with { ConditionKey = Setting(child, SettingKind.Text) },
                "condition_value" => condition with { ConditionValue = Setting(child, SettingKind.Text) },
                _ => UnknownIn(condition, key, child, $"the condition '{name}'", ConditionKeys),
            };
        }

        return condition;
    }

    private PolicyIndexActions? Index(PolicyNode node)
    {
        if (!Container(node, "index_actions"))
        {
            return null;
        }

        var index = new PolicyIndexActions { OperatorsAllowedForChildPolicies = node.ChildOperators };
        foreach (var (key, child) in node.Children)
        {
            index = Is(key, "resource_types") ? index with { ResourceTypes = Setting(child, SettingKind.List) } : UnknownIn(index, key, child, "index_actions", IndexKeys);
        }

        return index;
    }

    /// <summary>A node whose inner keys are not documented (scan actions and settings): kept as written.</summary>
    private PolicyObject? Object(PolicyNode node)
    {
        if (!Container(node, "an object"))
        {
            return null;
        }

        var settings = new List<KeyValuePair<string, PolicyValue>>();
        var objects = new List<KeyValuePair<string, PolicyObject>>();
        foreach (var (key, child) in node.Children)
        {
            if (child.Value is { } value)
            {
                settings.Add(new(key, Setting(child, value.IsList ? SettingKind.List : SettingKind.Text) ?? value));
            }
            else if (Object(child) is { } inner)
            {
                objects.Add(new(key, inner));
            }
        }

        return new PolicyObject { Settings = new(settings), Objects = new(objects), OperatorsAllowedForChildPolicies = node.ChildOperators };
    }

    private PolicyMap<T>? Map<T>(PolicyNode node, string what, Func<string, PolicyNode, T?> read)
        where T : class
    {
        if (!Container(node, $"'{what}' (an object of named entries)"))
        {
            return null;
        }

        var entries = new List<KeyValuePair<string, T>>();
        foreach (var (key, child) in node.Children)
        {
            if (read(key, child) is { } item)
            {
                entries.Add(new(key, item));
            }
        }

        return new PolicyMap<T>(entries) { OperatorsAllowedForChildPolicies = node.ChildOperators };
    }

    /// <summary>Checks that a node is an object of keys, not a setting; reports ORG-001 otherwise.</summary>
    private bool Container(PolicyNode node, string what)
    {
        if (node.IsObject && node.Value is null)
        {
            return true;
        }

        findings.Add(BackupPolicyConstraints.Syntax, node.Path, $"{PolicyJsonReader.Describe(node.Path)} must be {what}, not a value", "Write it as a JSON object of keys");
        return false;
    }

    /// <summary>Reads a setting and checks its shape against what the key holds.</summary>
    public PolicyValue? Setting(PolicyNode node, SettingKind kind)
    {
        var key = KeyOf(node.Path);
        if (node.Value is null)
        {
            if (node.Children.Count > 0)
            {
                findings.Add(BackupPolicyConstraints.Syntax, node.Path,
                    $"{PolicyJsonReader.Describe(node.Path)} is a setting but holds the keys {string.Join(", ", node.Children.Select(c => "'" + c.Key + "'"))}",
                    "Write {\"@@assign\": <value>}");
                return null;
            }

            return new PolicyValue { Operator = null, OperatorsAllowedForChildPolicies = node.ChildOperators };
        }

        var value = node.Value with { OperatorsAllowedForChildPolicies = node.ChildOperators };
        if (value.IsBare)
        {
            findings.Add(PolicyInheritanceConstraints.EffectiveShape, node.Path, key, Render(value));
        }

        if (value.IsUnresolved)
        {
            return value;
        }

        var shape = (kind, value) switch
        {
            (SettingKind.List, { IsList: false }) => "takes a list of strings",
            (SettingKind.List or SettingKind.Text, { Kind: not PolicyValueKind.String }) => "takes strings",
            (not SettingKind.List, { IsList: true }) => "takes one value, not a list",
            (SettingKind.WholeNumber, { Kind: PolicyValueKind.Boolean }) => "takes a whole number",
            (SettingKind.WholeNumber, _) when !value.TryGetWholeNumber(out _) => $"takes a whole number, not '{value.Text}'",
            (SettingKind.Flag, _) when !value.TryGetBoolean(out _) => $"takes true or false, not '{value.Text}'",
            _ => null,
        };
        if (value.Operator is PolicyOperator.Append or PolicyOperator.Remove && kind != SettingKind.List)
        {
            findings.Add(PolicyInheritanceConstraints.ListOperator, node.Path, key, PolicyOperators.Name(value.Operator.Value));
            return value;
        }

        if (shape is not null)
        {
            findings.Add(BackupPolicyConstraints.Syntax, node.Path, $"{PolicyJsonReader.Describe(node.Path)} {shape}", $"Write {{\"@@assign\": {Example(kind)}}}");
            return value;
        }

        if (kind == SettingKind.WholeNumber && value.Kind == PolicyValueKind.Number)
        {
            findings.Add(BackupPolicyConstraints.NumbersAsStrings, node.Path, key, value.Text);
        }

        return value;
    }

    private static string Example(SettingKind kind) => kind switch
    {
        SettingKind.List => "[\"...\"]",
        SettingKind.WholeNumber => "\"35\"",
        SettingKind.Flag => "true",
        _ => "\"...\"",
    };

    private static string Render(PolicyValue value) => value.IsList
        ? "[" + string.Join(", ", value.Values.Select(v => "\"" + v + "\"")) + "]"
        : value.Kind == PolicyValueKind.String ? "\"" + value.Text + "\"" : value.Text ?? "";

    private static string KeyOf(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 || path.EndsWith(']') ? path : path[(dot + 1)..];
    }

    private static bool Is(string key, string name) => string.Equals(key, name, StringComparison.Ordinal);

    private T UnknownIn<T>(T unchanged, string key, PolicyNode node, string where, string[] known)
    {
        Unknown(key, node, where, known);
        return unchanged;
    }

    private void Unknown(string key, PolicyNode node, string where, string[] known)
    {
        var near = known.Select(k => (k, d: Spelling.Distance(k, key.ToLowerInvariant(), 6))).Where(p => p.d <= Math.Max(2, key.Length / 3)).OrderBy(p => p.d).Select(p => p.k).FirstOrDefault();
        findings.Add(BackupPolicyConstraints.UnknownKey, node.Path, key, where, near is null ? "" : $"Did you mean '{near}'? ", string.Join(", ", known));
    }
}
