namespace Backup.Iac.Report;

/// <summary>
/// Coverage: each selection's resources (ARNs, tag conditions, resource types), what it excludes, the rules that back
/// them up, and, per environment, what more than one plan selects.
/// </summary>
internal static class Coverage
{
    public static void Write(Html h, Estate estate, StackView stack)
    {
        var plans = stack.Stack.Children.OfType<BackupPlan>().ToList();
        h.Line($"<h4 id=\"{stack.Anchor}-coverage\">Coverage</h4>");
        if (plans.Count == 0)
        {
            h.Line("<p class=\"muted\">No backup plan in this stack.</p>");
            return;
        }

        h.Line("<table class=\"grid\"><caption>Selections: what each plan backs up, and with which rules</caption>");
        h.Line("<thead><tr><th scope=\"col\">Plan</th><th scope=\"col\">Selection</th><th scope=\"col\">Selects</th><th scope=\"col\">Excludes</th><th scope=\"col\">Rules</th><th scope=\"col\">Diagnostics</th></tr></thead><tbody>");
        foreach (var plan in plans)
        {
            var selections = plan.Selections;
            if (selections.Count == 0)
            {
                h.Raw("<tr><th scope=\"row\">").Text(plan.BackupPlanName).Raw("</th><td colspan=\"3\" class=\"muted\">No selection: the plan backs up nothing.</td><td>");
                Rules(h, stack, plan);
                h.Raw("</td><td>");
                Parts.Worst(h, estate.At(stack.Source, plan.Path));
                h.Line("</td></tr>");
                continue;
            }

            foreach (var selection in selections)
            {
                var diags = estate.At(stack.Source, selection.Path);
                h.Raw("<tr><th scope=\"row\">").Text(plan.BackupPlanName).Raw("</th><td>").Text(selection.SelectionName).Raw("</td><td>");
                Selects(h, selection, stack.Env);
                h.Raw("</td><td>");
                if (selection.Options.NotResources.Count == 0)
                {
                    h.Raw("<span class=\"muted\">—</span>");
                }
                else
                {
                    h.Raw("<ul class=\"plain\">");
                    foreach (var arn in selection.Options.NotResources)
                    {
                        h.Raw("<li>");
                        TypeChip(h, TypeOf(arn, null));
                        h.Raw(" <code class=\"arn\">").Text(Resolve(arn, stack.Env)).Raw("</code></li>");
                    }

                    h.Raw("</ul>");
                }

                h.Raw("</td><td>");
                Rules(h, stack, plan);
                h.Raw("</td><td>");
                Parts.Worst(h, diags);
                Parts.Inline(h, estate, diags);
                h.Line("</td></tr>");
            }
        }

        h.Line("</tbody></table>");
    }

    /// <summary>Resources that more than one plan of an environment selects: the same ARN, an ARN pattern that covers another plan's ARN, the same tag, or everything.</summary>
    public static void WriteOverlaps(Html h, IGrouping<Env, StackView> env, string anchor)
    {
        var items = env.SelectMany(s => s.Stack.Children.OfType<BackupPlan>().SelectMany(p => p.Selections.SelectMany(sel => Keys(sel).Select(k => (Key: Resolve(k, s.Env), Plan: p, Selection: sel))))).ToList();
        var rows = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = 0; j < items.Count; j++)
            {
                var (a, b) = (items[i], items[j]);
                if (ReferenceEquals(a.Plan, b.Plan) || !Covers(a.Key, b.Key))
                {
                    continue;
                }

                // b's resource (or tag) is selected by a's plan too.
                if (!rows.TryGetValue(b.Key, out var set))
                {
                    rows[b.Key] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(a.Plan.Path + " (" + a.Selection.SelectionName + ")");
                set.Add(b.Plan.Path + " (" + b.Selection.SelectionName + ")");
            }
        }

        h.Line($"<h3 id=\"{anchor}\">Selected by more than one plan</h3>");
        if (rows.Count == 0)
        {
            h.Line("<p class=\"muted\">No ARN, ARN pattern or tag is selected by two plans of this account and Region. (Tags say nothing about which resources carry them: two different tags may still select one resource.)</p>");
            return;
        }

        h.Line("<p>AWS Backup runs every plan that selects a resource; overlapping plans multiply jobs and storage, and when their windows meet, only one job runs.</p>");
        h.Line("<table class=\"grid\"><caption>Resources selected by more than one plan</caption><thead><tr><th scope=\"col\">Resource or tag</th><th scope=\"col\">Selected by (plan and selection)</th></tr></thead><tbody>");
        foreach (var (key, plans) in rows)
        {
            h.Raw("<tr><td><code class=\"arn\">").Text(key).Raw("</code></td><td><ul class=\"plain\">");
            foreach (var p in plans)
            {
                h.Raw("<li>").Text(p).Raw("</li>");
            }

            h.Line("</ul></td></tr>");
        }

        h.Line("</tbody></table>");
    }

    /// <summary>
    /// An ARN with the stack's pseudo parameters replaced by what they are when the stack's account and Region are known
    /// (<c>${AWS::Region}</c> becomes <c>eu-west-1</c>); others are left as written.
    /// </summary>
    internal static string Resolve(string arn, Env env)
    {
        var text = Token.Describe(arn);
        if (env.Region is { } region)
        {
            text = text.Replace("${AWS::Region}", region, StringComparison.Ordinal)
                .Replace("${AWS::Partition}", region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn" : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws", StringComparison.Ordinal);
        }

        return env.Account is { } account ? text.Replace("${AWS::AccountId}", account, StringComparison.Ordinal) : text;
    }

    private static IEnumerable<string> Keys(BackupSelection selection)
    {
        foreach (var r in selection.Options.Resources)
        {
            if (r.Tag is { } tag)
            {
                yield return "tag " + tag.Key + " = " + tag.Value;
            }
            else if (r.Arn is { } arn && !selection.Options.NotResources.Contains(arn, StringComparer.Ordinal))
            {
                yield return Token.Describe(arn);
            }
        }

        if (selection.Options.Conditions is { } c)
        {
            foreach (var p in c.StringEquals)
            {
                yield return "tag " + TagKey(p.Key) + " = " + p.Value;
            }
        }
    }

    /// <summary>Whether what <paramref name="a"/> selects includes what <paramref name="b"/> selects.</summary>
    private static bool Covers(string a, string b) =>
        a == b || a == "*" && !b.StartsWith("tag ", StringComparison.Ordinal)
        || a.EndsWith('*') && !a.StartsWith("tag ", StringComparison.Ordinal) && b.StartsWith(a[..^1], StringComparison.Ordinal);

    private static string TagKey(string conditionKey) =>
        conditionKey.StartsWith("aws:ResourceTag/", StringComparison.Ordinal) ? conditionKey["aws:ResourceTag/".Length..] : conditionKey;

    private static void Selects(Html h, BackupSelection selection, Env env)
    {
        h.Raw("<ul class=\"plain\">");
        foreach (var r in selection.Options.Resources)
        {
            h.Raw("<li>");
            if (r.Tag is { } tag)
            {
                h.Raw("<span class=\"chip chip-tag\">tag</span> <code>").Text(tag.Key).Raw("</code> ")
                    .Text(tag.ConditionType == "STRINGEQUALS" ? "=" : tag.ConditionType.ToLowerInvariant()).Raw(" <code>").Text(tag.Value).Raw("</code>");
            }
            else if (r.Arn == "*")
            {
                h.Raw("<span class=\"chip chip-all\">all</span> every supported resource the Region opts in");
            }
            else
            {
                TypeChip(h, TypeOf(r.Arn ?? "", r.IntendedType));
                h.Raw(" <code class=\"arn\">").Text(Resolve(r.Arn ?? "", env)).Raw("</code>");
            }

            h.Raw("</li>");
        }

        foreach (var (op, c) in selection.Options.Conditions?.All() ?? [])
        {
            h.Raw("<li><span class=\"chip chip-tag\">condition</span> <code>").Text(TagKey(c.Key)).Raw("</code> ").Text(op).Raw(" <code>").Text(c.Value).Raw("</code></li>");
        }

        if (selection.Options.Resources.Count == 0 && selection.Options.Conditions is null or { IsEmpty: true })
        {
            h.Raw("<li class=\"muted\">nothing given</li>");
        }

        h.Raw("</ul>");
    }

    private static void Rules(Html h, StackView stack, BackupPlan plan)
    {
        if (plan.Rules.Count == 0)
        {
            h.Raw("<span class=\"muted\">no rule</span>");
            return;
        }

        h.Raw("<ul class=\"plain\">");
        for (var i = 0; i < plan.Rules.Count; i++)
        {
            h.Raw("<li><a href=\"#").Raw(Retention.RuleAnchor(stack, plan, i)).Raw("\">").Text(plan.RuleNameAt(i)).Raw("</a></li>");
        }

        h.Raw("</ul>");
    }

    private static void TypeChip(Html h, string type) => h.Raw("<span class=\"chip\">").Text(type).Raw("</span>");

    /// <summary>The AWS Backup resource type an ARN names (as the console shows it).</summary>
    internal static string TypeOf(string arn, string? intended)
    {
        if (intended is not null)
        {
            return intended;
        }

        var parts = Token.Describe(arn).Split(':');
        if (parts.Length < 6)
        {
            return "resource";
        }

        var resource = string.Join(':', parts[5..]);
        return parts[2] switch
        {
            "dynamodb" => "DynamoDB",
            "ec2" when resource.StartsWith("volume", StringComparison.Ordinal) => "EBS",
            "ec2" => "EC2",
            "elasticfilesystem" => "EFS",
            "rds" when resource.StartsWith("cluster", StringComparison.Ordinal) => "Aurora",
            "rds" => "RDS",
            "fsx" => "FSx",
            "s3" => "S3",
            "storagegateway" => "Storage Gateway",
            "timestream" => "Timestream",
            "redshift" or "redshift-serverless" => "Redshift",
            "cloudformation" => "CloudFormation",
            "ssm-sap" => "SAP HANA",
            "docdb" => "DocumentDB",
            "neptune" => "Neptune",
            "*" or "" => "any",
            var s => s,
        };
    }
}
