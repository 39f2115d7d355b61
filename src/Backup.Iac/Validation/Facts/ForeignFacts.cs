using Backup.Iac.Graph;

namespace Backup.Iac.Validation.Facts;

/// <summary>
/// What an app outside the model shows about its resources (the AWS CDK app around an estate): its resources as
/// detached <see cref="RawResource.Fact"/>s, and how to read the app's own tokens (a CDK <c>topic.TopicArn</c> given
/// to the model) as graph values (<c>Ref</c>, <c>Fn::GetAtt</c>, joins), so that <see cref="ResourceFacts"/> can tell
/// which of the resources a property of the model names.
/// </summary>
/// <param name="Resources">The resources, each naming the model stack whose template holds it.</param>
/// <param name="Token">
/// A string part that holds a foreign token, as a graph value; null when it cannot be read (then it stays unknown).
/// </param>
internal sealed record ForeignFacts(IReadOnlyList<RawResource> Resources, Func<string, Value?> Token);
