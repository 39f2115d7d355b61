using System.Text.Json.Nodes;

namespace Backup.Iac.Testing;

/// <summary>
/// A pattern that a value of a template must match, as in the AWS CDK's <c>Match</c> (assertions module). Made with
/// <see cref="Match"/>; a plain value in a pattern (an anonymous object, a dictionary, a list, a string, a number, a
/// <see cref="JsonNode"/>) stands for itself.
/// </summary>
public abstract class Matcher
{
    private protected Matcher()
    {
    }

    /// <summary>Tests a value and returns the differences (empty when it matches).</summary>
    /// <param name="actual">The value; null when absent.</param>
    /// <returns>Each difference: where (a JSON Pointer from the tested value) and what.</returns>
    public IReadOnlyList<Mismatch> Test(JsonNode? actual)
    {
        var found = new List<Mismatch>();
        Test(actual, "", found);
        return found;
    }

    internal abstract void Test(JsonNode? actual, string path, List<Mismatch> found);

    /// <summary>What the matcher expects, for messages.</summary>
    /// <returns>A short description.</returns>
    public abstract override string ToString();
}
