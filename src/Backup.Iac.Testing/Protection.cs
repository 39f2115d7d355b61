namespace Backup.Iac.Testing;

/// <summary>
/// Intent assertions: the protection a resource must have, computed from the model (which selections really pick the
/// resource, which rules then back it up, how often, for how long, copied where), not from template text.
/// <code>Protection.Of(app).For("arn:aws:dynamodb:eu-west-1:111122223333:table/orders").IsBackedUp().AtLeastEvery(TimeSpan.FromDays(1)).RetainedAtLeast(Duration.Days(35));</code>
/// </summary>
public sealed class Protection
{
    private readonly BackupApp app;

    private Protection(BackupApp app) => this.app = app;

    /// <summary>The protection the app gives.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The entry point of the assertions.</returns>
    public static Protection Of(BackupApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Protection(app);
    }

    /// <summary>A resource by its ARN, with the tags it carries (selections by tag and conditions on tags read them).</summary>
    /// <param name="resourceArn">The resource's ARN.</param>
    /// <param name="tags">The resource's tags; none when null.</param>
    /// <returns>The assertions on the resource.</returns>
    public ProtectionAssertion For(string resourceArn, IReadOnlyDictionary<string, string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(resourceArn);
        var arn = Arn.TryParse(resourceArn) ?? throw new ArgumentException($"'{resourceArn}' is not an ARN.", nameof(resourceArn));
        return new ProtectionAssertion(app, new ProtectedResource(resourceArn, arn, tags ?? new Dictionary<string, string>()));
    }

    /// <summary>A resource known by its tags only (any ARN, in any stack's account and Region): only selections by tag or by <c>*</c> can pick it.</summary>
    /// <param name="tags">The resource's tags.</param>
    /// <returns>The assertions on the resource.</returns>
    public ProtectionAssertion ForTags(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return new ProtectionAssertion(app, new ProtectedResource(null, null, tags));
    }
}
