using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.Governance;

/// <summary>
/// LH-005: at most 50 active legal holds per account, not adjustable (reported once, on the 51st). The seed states the
/// quota per account, so the holds of every stack of the same known account count together, whatever their Region.
/// </summary>
internal sealed class LegalHoldQuota : IValidator<LegalHold>
{
    private const int MaxHolds = 50;

    public void Check(LegalHold hold, ValidationContext context)
    {
        var holds = context.App.Stacks.Where(s => s.Environment.SameAccount(hold.Stack.Environment)).SelectMany(s => s.Descendants().OfType<LegalHold>()).ToList();
        if (holds.Count > MaxHolds && holds.IndexOf(hold) == MaxHolds)
        {
            var where = hold.Stack.Environment.Account is { } account ? $"account {account}" : $"stack '{hold.Stack.StackName}'";
            context.Report(LegalHoldConstraints.TooManyHolds, hold, null, null, MaxHolds + 1, holds.Count, where);
        }
    }
}
