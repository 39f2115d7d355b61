using System.Collections.Immutable;
using Backup.Iac.Lowering;
using Backup.Iac.Validation;

namespace Backup.Iac;

/// <summary>The root of a Backup.Iac program: holds the stacks, validates them and lowers them to resource graphs.</summary>
public sealed class BackupApp : Construct
{
    private readonly List<Acknowledgement> acknowledgements = [];
    private bool synthesized;

    /// <summary>Creates an empty app.</summary>
    public BackupApp()
    {
    }

    /// <summary>The stacks, in the order they were added.</summary>
    public IReadOnlyList<BackupStack> Stacks => [.. Children.OfType<BackupStack>()];

    /// <summary>Warnings and infos the user has acknowledged.</summary>
    public IReadOnlyList<Acknowledgement> Acknowledgements => acknowledgements;

    /// <summary>Whether the app was read from a template (lint): messages then use the template's terms (<see cref="Catalog.Constraint.TemplateMessage"/>).</summary>
    internal bool TemplateWording { get; set; }

    /// <summary>
    /// The clock of the checks that need today's date (a legal hold's dates must not be in the future). This is the one
    /// place that reads the system clock; tests set a fixed <see cref="TimeProvider"/>.
    /// </summary>
    internal TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Facts about resources outside the model (the CDK app around an estate: its buckets, topics, keys and their
    /// policies), for the cross-resource checks; null natively. Set before <see cref="Synth"/>.
    /// </summary>
    internal Validation.Facts.ForeignFacts? ForeignFacts { get; set; }

    /// <summary>Adds a stack.</summary>
    /// <param name="id">The construct ID, also the default stack name.</param>
    /// <param name="props">The stack's environment.</param>
    /// <returns>The stack.</returns>
    public BackupStack AddStack(string id, BackupStackProps? props = null) => new(this, id, props ?? new BackupStackProps());

    /// <summary>
    /// Adds a member stack: a blueprint (vaults, locks, the backup role, access policies) that a service-managed
    /// CloudFormation StackSet in <see cref="MemberStackProps.Management"/> deploys to every account of the given
    /// organizational units, in each of the given Regions. The member stack has no account or Region of its own.
    /// </summary>
    /// <param name="id">The construct ID, also the default stack and StackSet name.</param>
    /// <param name="props">Where and how the StackSet deploys it.</param>
    /// <returns>The member stack; add resources to it as to any stack.</returns>
    public BackupStack AddMemberStack(string id, MemberStackProps props)
    {
        ArgumentNullException.ThrowIfNull(props);
        ArgumentNullException.ThrowIfNull(props.Management);
        var member = new BackupStack(this, id, new BackupStackProps { Description = props.Description });
        member.Rollout = new StackSetRollout(props.Management, id + "StackSet", member, props);
        return member;
    }

    /// <summary>
    /// Acknowledges a warning or info at a construct path (and below it), with a reason: it is no longer reported.
    /// Errors cannot be acknowledged. Synth checks every acknowledgement: one whose code does not exist (BKP9007),
    /// names an error (BKP9008) or whose path matches no construct (BKP9009) is a warning; one that matched no
    /// finding is an info (BKP9010).
    /// </summary>
    /// <param name="code">The diagnostic code, e.g. <c>BKP2206</c>.</param>
    /// <param name="at">The construct path, e.g. <c>Prod/DailyPlan</c>.</param>
    /// <param name="reason">Why the warning does not apply.</param>
    public void Acknowledge(string code, string at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(at);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ThrowIfSynthesized();
        acknowledgements.Add(new Acknowledgement(code, at, reason));
    }

    /// <summary>Whether a warning or info has been acknowledged at its path or above (errors never are).</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>True when it should not be reported.</returns>
    public bool IsAcknowledged(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return acknowledgements.Exists(a => Covers(a, diagnostic));
    }

    /// <summary>Whether an acknowledgement covers a diagnostic: a warning or info of its code at its path or below.</summary>
    internal static bool Covers(Acknowledgement acknowledgement, Diagnostic diagnostic) =>
        diagnostic.Severity != Severity.Error && string.Equals(acknowledgement.Code.Trim(), diagnostic.Code, StringComparison.OrdinalIgnoreCase)
        && (diagnostic.Path == acknowledgement.At || diagnostic.Path.StartsWith(acknowledgement.At + "/", StringComparison.Ordinal));

    /// <summary>
    /// Validates every stack and, when there is no error, lowers each to a resource graph. Never throws for a
    /// modelling mistake: every problem is a diagnostic. After this call the tree can no longer change.
    /// </summary>
    /// <returns>The diagnostics, and the graphs when there is no error.</returns>
    public SynthResult Synth()
    {
        synthesized = true;
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = Validator.Validate(this);
        }
        catch (NullReferenceException)
        {
            return NullFound();
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new SynthResult(diagnostics, []);
        }

        try
        {
            return new SynthResult(diagnostics, [.. Stacks.Select(Lowerer.Lower)]);
        }
        catch (Exception e) when (e is NullReferenceException or ArgumentNullException)
        {
            return NullFound();
        }
    }

    /// <summary>
    /// Validates and lowers every stack even when validation reports errors (tests only: the synth–lint parity test
    /// emits the template of each violating model and lints it). The graphs of an invalid model are what lowering
    /// makes of it; nothing public emits them. After this call the tree can no longer change.
    /// </summary>
    /// <returns>The diagnostics, and one graph per stack whatever they are.</returns>
    internal SynthResult SynthWithoutRefusal()
    {
        synthesized = true;
        return new SynthResult(Validator.Validate(this), [.. Stacks.Select(Lowerer.Lower)]);
    }

    /// <summary>The safety net for a null that the nullable annotations forbid (<c>null!</c>): one error per stack, never a stack trace.</summary>
    private SynthResult NullFound()
    {
        var c = Catalog.ToolConstraints.NullInModel;
        return new SynthResult(
            [.. Stacks.Select(s => new Diagnostic(c.Code, c.Severity, s.Path, string.Format(System.Globalization.CultureInfo.InvariantCulture, c.Message, s.StackName)) { ConstraintId = c.ConstraintId })],
            []);
    }

    internal void ThrowIfSynthesized()
    {
        if (synthesized)
        {
            throw new InvalidOperationException("The app has been synthesized; its constructs can no longer change.");
        }
    }
}

/// <summary>A warning or info the user has accepted at a path.</summary>
/// <param name="Code">The diagnostic code.</param>
/// <param name="At">The construct path; the acknowledgement covers it and its children.</param>
/// <param name="Reason">Why.</param>
public sealed record Acknowledgement(string Code, string At, string Reason);
