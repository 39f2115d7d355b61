namespace Backup.Iac.Organizations;

/// <summary>Turns the typed model into a <see cref="PolicyNode"/> tree, in the documented key order.</summary>
internal static class PolicyTree
{
    public static PolicyNode Of(BackupPolicyDocument document)
    {
        var root = new PolicyNode("") { IsObject = true, ChildOperators = document.OperatorsAllowedForChildPolicies };
        Map(root, "plans", document.Plans, Plan);
        return root;
    }

    private static void Plan(PolicyNode node, PolicyPlan plan)
    {
        node.ChildOperators = plan.OperatorsAllowedForChildPolicies;
        Setting(node, "regions", plan.Regions);
        Map(node, "rules", plan.Rules, Rule);
        if (plan.Selections is { } s)
        {
            var selections = node.Add("selections");
            selections.ChildOperators = s.OperatorsAllowedForChildPolicies;
            Map(selections, "tags", s.Tags, (n, t) =>
            {
                n.ChildOperators = t.OperatorsAllowedForChildPolicies;
                Setting(n, "iam_role_arn", t.IamRoleArn);
                Setting(n, "tag_key", t.TagKey);
                Setting(n, "tag_value", t.TagValue);
                Conditions(n, t.Conditions);
            });
            Map(selections, "resources", s.Resources, (n, r) =>
            {
                n.ChildOperators = r.OperatorsAllowedForChildPolicies;
                Setting(n, "iam_role_arn", r.IamRoleArn);
                Setting(n, "resource_types", r.ResourceTypes);
                Setting(n, "not_resource_types", r.NotResourceTypes);
                Conditions(n, r.Conditions);
            });
        }

        Map(node, "advanced_backup_settings", plan.AdvancedBackupSettings, (n, options) =>
        {
            n.ChildOperators = options.OperatorsAllowedForChildPolicies;
            foreach (var (key, value) in options)
            {
                Setting(n, key, value);
            }
        });
        Map(node, "backup_plan_tags", plan.BackupPlanTags, Tag);
        Object(node, "scan_settings", plan.ScanSettings);
    }

    private static void Rule(PolicyNode node, PolicyRule rule)
    {
        node.ChildOperators = rule.OperatorsAllowedForChildPolicies;
        Setting(node, "schedule_expression", rule.ScheduleExpression);
        Setting(node, "schedule_expression_timezone", rule.ScheduleExpressionTimezone);
        Setting(node, "start_backup_window_minutes", rule.StartBackupWindowMinutes);
        Setting(node, "complete_backup_window_minutes", rule.CompleteBackupWindowMinutes);
        Setting(node, "enable_continuous_backup", rule.EnableContinuousBackup);
        Setting(node, "target_backup_vault_name", rule.TargetBackupVaultName);
        Setting(node, "target_logically_air_gapped_backup_vault_arn", rule.TargetLogicallyAirGappedBackupVaultArn);
        Map(node, "recovery_point_tags", rule.RecoveryPointTags, Tag);
        Lifecycle(node, rule.Lifecycle);
        Map(node, "copy_actions", rule.CopyActions, (n, c) =>
        {
            n.ChildOperators = c.OperatorsAllowedForChildPolicies;
            Setting(n, "target_backup_vault_arn", c.TargetBackupVaultArn);
            Lifecycle(n, c.Lifecycle);
        });
        if (rule.IndexActions is { } index)
        {
            var n = node.Add("index_actions");
            n.ChildOperators = index.OperatorsAllowedForChildPolicies;
            Setting(n, "resource_types", index.ResourceTypes);
        }

        Object(node, "scan_actions", rule.ScanActions);
    }

    private static void Lifecycle(PolicyNode parent, PolicyLifecycle? lifecycle)
    {
        if (lifecycle is null)
        {
            return;
        }

        var node = parent.Add("lifecycle");
        node.ChildOperators = lifecycle.OperatorsAllowedForChildPolicies;
        Setting(node, "delete_after_days", lifecycle.DeleteAfterDays);
        Setting(node, "move_to_cold_storage_after_days", lifecycle.MoveToColdStorageAfterDays);
        Setting(node, "opt_in_to_archive_for_supported_resources", lifecycle.OptInToArchiveForSupportedResources);
    }

    private static void Tag(PolicyNode node, PolicyTag tag)
    {
        node.ChildOperators = tag.OperatorsAllowedForChildPolicies;
        Setting(node, "tag_key", tag.TagKey);
        Setting(node, "tag_value", tag.TagValue);
    }

    private static void Conditions(PolicyNode parent, PolicyConditions? conditions)
    {
        if (conditions is null)
        {
            return;
        }

        var node = parent.Add("conditions");
        node.ChildOperators = conditions.OperatorsAllowedForChildPolicies;
        foreach (var (key, map) in new[] { ("string_equals", conditions.StringEquals), ("string_not_equals", conditions.StringNotEquals), ("string_like", conditions.StringLike), ("string_not_like", conditions.StringNotLike) })
        {
            Map(node, key, map, (n, c) =>
            {
                n.ChildOperators = c.OperatorsAllowedForChildPolicies;
                Setting(n, "condition_key", c.ConditionKey);
                Setting(n, "condition_value", c.ConditionValue);
            });
        }
    }

    private static void Object(PolicyNode parent, string key, PolicyObject? value)
    {
        if (value is null)
        {
            return;
        }

        var node = parent.Add(key);
        node.ChildOperators = value.OperatorsAllowedForChildPolicies;
        foreach (var (k, v) in value.Settings)
        {
            Setting(node, k, v);
        }

        foreach (var (k, v) in value.Objects)
        {
            Object(node, k, v);
        }
    }

    private static void Map<T>(PolicyNode parent, string key, PolicyMap<T>? map, Action<PolicyNode, T> write)
        where T : class
    {
        if (map is null)
        {
            return;
        }

        var node = parent.Add(key);
        node.ChildOperators = map.OperatorsAllowedForChildPolicies;
        foreach (var (name, item) in map)
        {
            write(node.Add(name), item);
        }
    }

    private static void Setting(PolicyNode parent, string key, PolicyValue? value)
    {
        if (value is null)
        {
            return;
        }

        var node = parent.Add(key);
        node.ChildOperators = value.OperatorsAllowedForChildPolicies;
        node.IsObject = !value.IsBare;
        if (value.Operator is not null)
        {
            node.Value = value with { OperatorsAllowedForChildPolicies = null };
        }
    }
}
