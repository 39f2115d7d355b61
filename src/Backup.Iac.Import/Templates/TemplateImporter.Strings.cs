using Backup.Iac.Graph;

namespace Backup.Iac.Import;

/// <summary>Strings read from intrinsic functions.</summary>
public static partial class TemplateImporter
{
    private sealed partial class Reader
    {
        /// <summary>
        /// A deploy-time value as a model string: an <c>Fn::Join</c> with an empty delimiter keeps its literal parts around
        /// a token per deploy-time part (<c>arn:${Token[..]}:ec2:eu-west-1:...:volume/vol-1</c>), as the C# model holds
        /// <c>$"arn:{Aws.Partition}:ec2:..."</c>, so that the checks that read the known parts (service, resource type,
        /// Region, account) see them; any other value is one token.
        /// </summary>
        private static string TokenString(Value value) => value switch
        {
            StringValue s => s.Text,
            JoinValue j => string.Concat(j.Parts.Select(TokenString)),
            _ => Token.AsString(value),
        };
    }
}
