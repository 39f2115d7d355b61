using Backup.Iac.Catalog;

namespace Backup.Iac.Validation.RestoreTesting;

/// <summary>
/// RTP-020: the seed's Region table shows no restore testing in AWS GovCloud (US-East, US-West), China (Beijing, Ningxia),
/// Israel (Tel Aviv) and Canada West (Calgary). Warned only when the stack's Region is known (OQ-054).
/// </summary>
internal sealed class RestoreTestingRegion : IValidator<RestoreTestingPlan>
{
    private static readonly Dictionary<string, string> Regions = new(StringComparer.Ordinal)
    {
        ["us-gov-east-1"] = "AWS GovCloud (US-East)",
        ["us-gov-west-1"] = "AWS GovCloud (US-West)",
        ["cn-north-1"] = "China (Beijing)",
        ["cn-northwest-1"] = "China (Ningxia)",
        ["il-central-1"] = "Israel (Tel Aviv)",
        ["ca-west-1"] = "Canada West (Calgary)",
    };

    public void Check(RestoreTestingPlan plan, ValidationContext context)
    {
        if (plan.Stack.Region is { } region && Regions.TryGetValue(region, out var name))
        {
            context.Report(RestoreTestingConstraints.RegionWithoutRestoreTesting, plan, null, null, $"{name}, {region}");
        }
    }
}
