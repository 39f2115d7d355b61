using Backup.Iac.Graph;

namespace Backup.Iac.Tests;

/// <summary>Tokens describe their value themselves (issue 15: no process-wide registry that only grows).</summary>
public class TokenTests
{
    public static TheoryData<Value> Values => new()
    {
        new PseudoParameterValue(PseudoParameters.Region),
        new ReferenceValue("Vault12345678"),
        new AttributeValue("Vault12345678", "BackupVaultArn"),
        new ParameterValue(new Parameter("VaultName") { Type = "String", Default = "main", Description = "The vault's name (ü)." }),
        new ParameterValue(new Parameter("Bare")),
        new OpaqueValue("cloudformation", MapValue.Of(
            new KeyValuePair<string, Value?>("Fn::Sub", "arn:${AWS::Partition}:backup"),
            new KeyValuePair<string, Value?>("A", new ListValue([1L, true, false, NullValue.Instance, "x"])))),
        new JoinValue(["arn:", new PseudoParameterValue(PseudoParameters.Partition), ":backup"]),
        new NumberValue(long.MinValue),
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_marker_decodes_to_its_value_without_a_registry(Value value)
    {
        var marker = Token.AsString(value);
        Assert.Matches(@"^\$\{Token\[[A-Za-z0-9_-]+\]\}$", marker);
        Assert.True(Token.IsUnresolved(marker));
        Assert.Equal(value, Token.ToValue(marker));
        Assert.Equal(marker, Token.AsString(value)); // equal values give equal markers, in every run
        Assert.Equal(new JoinValue(["arn:", value, ":x"]), Token.ToValue("arn:" + marker + ":x"));
    }

    [Fact]
    public void Markers_are_the_same_text_in_every_process_and_describe_their_value()
    {
        Assert.Equal("${Token[CQZSZWdpb24]}", Aws.Region); // tag 9 (pseudo parameter), then "Region": no counter
        Assert.Equal("arn:${AWS::Partition}:backup:${AWS::Region}:${Ref Name}", Token.Describe("arn:" + Aws.Partition + ":backup:" + Aws.Region + ":" + Token.AsString(new ParameterValue(new Parameter("Name")))));
        Assert.Equal("arn:${…}:x", Token.Mask("arn:" + Aws.AccountId + ":x"));
    }

    [Theory]
    [InlineData("${Token[7]}")] // a counter marker of old, or one written by hand
    [InlineData("${Token[?]}")]
    [InlineData("${Token[CQZSZWdpb2]}")] // truncated
    [InlineData("${Token[CQZSZWdpb24A]}")] // trailing bytes
    [InlineData("${Token[_w]}")] // an unknown tag
    public void Text_that_is_not_a_marker_of_ours_stays_literal(string text)
    {
        Assert.Equal(new StringValue(text), Token.ToValue(text));
        Assert.Equal(text, Token.Describe(text));
    }

    [Fact]
    public void An_embedded_template_is_never_a_token()
    {
        Assert.Throws<ArgumentException>(() => Token.AsString(new EmbeddedTemplateValue(new ResourceGraph("Member", []))));
    }
}
