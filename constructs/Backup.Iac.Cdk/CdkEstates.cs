using System.Runtime.CompilerServices;
using Amazon.CDK;
using Backup.Iac.Cdk.Facts;
using Backup.Iac.Validation.Facts;

namespace Backup.Iac.Cdk;

/// <summary>
/// The CDK-form estates (<c>new BackupEstate(this, id)</c>) of one CDK stage (an <see cref="App"/> or a
/// <see cref="Stage"/>): one Backup.Iac app with a stack per CDK stack that holds an estate, named as the CDK stack
/// (its node ID, so generated vault names are the CDK's) and with its environment. The app is synthesized once, when the
/// CDK first visits one of the estates (or one is read), with the CDK stacks' resources as facts.
/// </summary>
internal sealed class CdkEstates
{
    private static readonly ConditionalWeakTable<Stage, CdkEstates> ByStage = [];
    private readonly List<(BackupEstate Estate, Amazon.CDK.Stack CdkStack)> estates = [];
    private bool rendered;

    public BackupApp App { get; } = new();

    public static CdkEstates Of(Amazon.CDK.Stack cdkStack) =>
        ByStage.GetValue(Stage.Of(cdkStack) ?? throw new ArgumentException("A BackupEstate must be inside a CDK App or Stage.", nameof(cdkStack)), _ => new CdkEstates());

    /// <summary>Adds the model stack of an estate in <paramref name="cdkStack"/>, with the CDK stack's environment.</summary>
    public BackupStack Add(BackupEstate estate, Amazon.CDK.Stack cdkStack)
    {
        if (rendered)
        {
            throw new InvalidOperationException("The Backup.Iac estates of this CDK app have been synthesized; create every BackupEstate before the app synthesizes.");
        }

        if (estates.Find(e => e.CdkStack.Node.Path == cdkStack.Node.Path) is { Estate: { } other })
        {
            throw new ArgumentException($"The CDK stack '{cdkStack.Node.Path}' already has a BackupEstate ('{other.Node.Path}'); a CDK stack holds one. Add the vaults and plans to that one.", nameof(estate));
        }

        var id = cdkStack.Node.Id;
        if (App.Stacks.Any(s => s.Id == id))
        {
            throw new ArgumentException($"Another CDK stack with the ID '{id}' in this stage already has a BackupEstate; estates of one stage need CDK stacks with distinct IDs.", nameof(estate));
        }

        var stack = App.AddStack(id, new BackupStackProps
        {
            Account = Known(cdkStack.Account),
            Region = Known(cdkStack.Region),
            StackName = cdkStack.StackName,
        });
        estates.Add((estate, cdkStack));
        return stack;
    }

    /// <summary>Reads the facts, synthesizes the app and renders every estate (once).</summary>
    public void RenderAll()
    {
        if (rendered)
        {
            return;
        }

        rendered = true;
        var first = estates[0].CdkStack;
        App.ForeignFacts = new ForeignFacts([.. estates.SelectMany(e => CdkFacts.Read(e.CdkStack, e.Estate.Stack))], text => CdkFacts.Token(first, text));
        var shared = AppSynthesis.Of(App);
        foreach (var (estate, _) in estates)
        {
            shared.Register(estate);
        }

        foreach (var (estate, _) in estates)
        {
            estate.Render(shared);
        }
    }

    /// <summary>The CDK stack's account or Region when it is concrete; null (chosen at deploy time) when it is a token.</summary>
    private static string? Known(string value) => Amazon.CDK.Token.IsUnresolved(value) ? null : value;
}
