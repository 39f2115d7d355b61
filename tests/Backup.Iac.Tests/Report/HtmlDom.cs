using System.Text.RegularExpressions;

namespace Backup.Iac.Tests.Report;

/// <summary>
/// A small HTML reader for the report's DOM checks: elements with attributes, parents and text, from markup that the
/// report writes (no implied end tags except the void elements). Fails on a tag that is not closed or closed out of order.
/// </summary>
internal sealed partial class HtmlDom
{
    private static readonly HashSet<string> Void = ["meta", "br", "link", "img", "input", "hr", "col"];

    public sealed class Element
    {
        public required string Tag { get; init; }

        public required Dictionary<string, string> Attributes { get; init; }

        public Element? Parent { get; init; }

        public List<Element> Children { get; } = [];

        public System.Text.StringBuilder TextBuilder { get; } = new();

        public string Text => System.Net.WebUtility.HtmlDecode(TextBuilder.ToString());

        public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);

        public bool HasClass(string cls) => (this["class"] ?? "").Split(' ').Contains(cls);

        public IEnumerable<Element> Descendants()
        {
            foreach (var c in Children)
            {
                yield return c;
                foreach (var d in c.Descendants())
                {
                    yield return d;
                }
            }
        }

        public IEnumerable<Element> Ancestors()
        {
            for (var p = Parent; p is not null; p = p.Parent)
            {
                yield return p;
            }
        }
    }

    public Element Root { get; }

    public IReadOnlyList<Element> All { get; }

    private HtmlDom(Element root)
    {
        Root = root;
        All = [.. root.Descendants()];
    }

    public IEnumerable<Element> Find(string tag) => All.Where(e => e.Tag == tag);

    public static HtmlDom Parse(string html)
    {
        var root = new Element { Tag = "#document", Attributes = [] };
        var stack = new Stack<Element>();
        stack.Push(root);
        var body = html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) ? html["<!DOCTYPE html>".Length..] : throw new InvalidOperationException("No <!DOCTYPE html>.");
        var at = 0;
        foreach (Match m in Tag().Matches(body))
        {
            if (m.Index < at)
            {
                continue; // inside <style>
            }

            var text = body[at..m.Index];
            foreach (var e in stack)
            {
                e.TextBuilder.Append(text);
            }

            at = m.Index + m.Length;
            var name = m.Groups["name"].Value.ToLowerInvariant();
            if (m.Groups["close"].Success)
            {
                var open = stack.Pop();
                if (open.Tag != name)
                {
                    throw new InvalidOperationException($"</{name}> closes <{open.Tag}> at offset {m.Index}.");
                }

                continue;
            }

            var attributes = Attribute().Matches(m.Groups["attrs"].Value)
                .ToDictionary(a => a.Groups[1].Value.ToLowerInvariant(), a => System.Net.WebUtility.HtmlDecode(a.Groups[2].Value), StringComparer.Ordinal);
            var element = new Element { Tag = name, Attributes = attributes, Parent = stack.Peek() };
            stack.Peek().Children.Add(element);
            if (!Void.Contains(name) && !m.Groups["self"].Success)
            {
                if (name is "style" or "script")
                {
                    var end = body.IndexOf("</" + name + ">", at, StringComparison.Ordinal);
                    element.TextBuilder.Append(body[at..end]);
                    at = end + name.Length + 3;
                    continue;
                }

                stack.Push(element);
            }
        }

        if (stack.Count != 1)
        {
            throw new InvalidOperationException($"<{stack.Peek().Tag}> is not closed.");
        }

        return new HtmlDom(root);
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9]*)(?<attrs>(?:\\s+[^\\s=/>]+(?:=\"[^\"]*\")?)*)\\s*(?<self>/)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex("([^\\s=/>]+)(?:=\"([^\"]*)\")?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
