using System.Globalization;

namespace Backup.Iac;

/// <summary>
/// The <c>audit</c> command: validates the estate, then evaluates every framework's controls against it before
/// deployment (<see cref="Audit.Evaluate"/>) and prints which resources would be non-compliant and which controls only
/// AWS can judge at run time. Exit codes: 0 nothing non-compliant; 1 a control would be non-compliant (or the estate has
/// errors); 2 bad usage.
/// </summary>
public static class AuditCommand
{
    private const string Usage = """
          audit [--verbose]
              Validate the estate, then judge each framework's controls against it before deployment: which plans, rules,
              vaults and selections would be non-compliant, and which controls only AWS can judge at run time.
              Exit 1 when a control would be non-compliant.
        """;

    /// <summary>Runs the command.</summary>
    /// <param name="app">The user's app.</param>
    /// <param name="args">The arguments after <c>audit</c>.</param>
    /// <param name="stdout">Where the report goes.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <param name="color">Whether to colour the output.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(BackupApp app, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, bool color)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var verbose = false;
        foreach (var arg in args)
        {
            if (arg is "--verbose" or "-v")
            {
                verbose = true;
            }
            else
            {
                stderr.WriteLine($"Unknown option '{arg}' for audit.");
                stderr.WriteLine("Usage:");
                stderr.WriteLine(Usage);
                return 2;
            }
        }

        var result = app.Synth();
        DiagnosticPrinter.Print(stdout, result.Diagnostics, color, verbose);
        if (result.HasErrors)
        {
            stdout.WriteLine("Audit not run: the estate has errors. Fix them first.");
            return 1;
        }

        var report = Audit.Evaluate(app);
        Print(stdout, report, color);
        PrintRollouts(stdout, app);
        return report.HasNonCompliance ? 1 : 0;
    }

    /// <summary>
    /// For member stacks whose organizational units are nodes of an <see cref="OrganizationTree"/>: per OU, which accounts
    /// get which plans of their effective backup policy into which vaults, and where each vault comes from.
    /// </summary>
    private static void PrintRollouts(TextWriter writer, BackupApp app)
    {
        var trees = app.Descendants().OfType<StackSetRollout>()
            .SelectMany(r => r.Props.OrganizationalUnits.OfType<OrganizationNode>().Select(n => n.Tree))
            .Distinct()
            .ToList();
        foreach (var tree in trees)
        {
            writer.WriteLine();
            writer.WriteLine("Organization-wide rollout (per OU: accounts, the plans of their effective backup policy, vaults and where they come from):");
            writer.Write(RolloutMap.Describe(app, tree));
        }
    }

    /// <summary>Writes a report as text.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="report">The report.</param>
    /// <param name="color">Whether to use ANSI colours.</param>
    public static void Print(TextWriter writer, AuditReport report, bool color)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        string Paint(ComplianceStatus status, string text) => !color ? text : status switch
        {
            ComplianceStatus.NonCompliant => "\u001b[31m" + text + "\u001b[0m",
            ComplianceStatus.Compliant => "\u001b[32m" + text + "\u001b[0m",
            _ => "\u001b[36m" + text + "\u001b[0m",
        };

        if (report.Frameworks.IsEmpty && report.ReportPlans.IsEmpty)
        {
            writer.WriteLine("No framework or report plan to audit. Add one with stack.AddFramework(...) or stack.AddReportPlan(...).");
            return;
        }

        foreach (var f in report.Frameworks)
        {
            writer.WriteLine($"Framework {f.Path} ({f.FrameworkName}, {f.Environment}): {Paint(f.Status, Label(f.Status).ToUpperInvariant())}");
            writer.WriteLine($"  AWS Config recording: {Recording(f.Recording)}");
            foreach (var c in f.Controls)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [{Paint(c.Status, Label(c.Status))}] Controls[{c.Index}] {c.ControlName}: {c.Requirement} ({c.Evaluates})"));
                foreach (var finding in c.Findings)
                {
                    writer.WriteLine($"      {Paint(finding.Status, Label(finding.Status).PadRight(17))} {finding.Path}: {finding.Reason}");
                }

                if (c.Findings.IsEmpty)
                {
                    writer.WriteLine("      nothing of the estate is in the control's scope: AWS reports insufficient data, not compliance");
                }

                if (c.RunTimeNote is { } note)
                {
                    writer.WriteLine($"      at run time: {note}");
                }
            }
        }

        foreach (var r in report.ReportPlans)
        {
            writer.WriteLine($"Report plan {r.Path} ({r.ReportPlanName}, {r.Template}): {r.Delivery}");
            if (!r.Frameworks.IsEmpty)
            {
                writer.WriteLine($"  covers {string.Join(", ", r.Frameworks)}");
            }

            foreach (var note in r.Notes)
            {
                writer.WriteLine("  " + note);
            }
        }

        var controls = report.Frameworks.SelectMany(f => f.Controls).ToList();
        int Count(ComplianceStatus s) => controls.Count(c => c.Status == s);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Summary: {report.Frameworks.Length} framework(s), {report.Frameworks.Count(f => f.Status == ComplianceStatus.NonCompliant)} non-compliant; {controls.Count} control(s): "
            + $"{Count(ComplianceStatus.Compliant)} compliant, {Count(ComplianceStatus.NonCompliant)} non-compliant, {Count(ComplianceStatus.RunTimeOnly)} judged at run time only, "
            + $"{Count(ComplianceStatus.InsufficientData)} with insufficient data; {report.ReportPlans.Length} report plan(s)."));
    }

    private static string Label(ComplianceStatus status) => status switch
    {
        ComplianceStatus.Compliant => "compliant",
        ComplianceStatus.NonCompliant => "non-compliant",
        ComplianceStatus.RunTimeOnly => "run time only",
        _ => "insufficient data",
    };

    private static string Recording(RecordingStatus status) => status switch
    {
        RecordingStatus.Active => "ACTIVE (every evaluated type is recorded)",
        RecordingStatus.PartiallyActive => "PARTIALLY_ACTIVE (some evaluated types are not recorded)",
        RecordingStatus.Inactive => "INACTIVE (no evaluated type is recorded)",
        _ => "unknown (no resource tracking declared in this account and Region)",
    };
}
