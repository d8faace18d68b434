using LiveSales.GraphQL.Language;

namespace LiveSales.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    public const string ExecutableKitchenSink = """"
        query queryName($foo: ComplexType, $site: Site = MOBILE) @onQuery {
          whoever123is: node(id: [123, 456]) {
            id
            ... on User @onInlineFragment {
              field2 {
                id
                alias: field1(first: 10, after: $foo) @include(if: $foo) {
                  id
                  ...frag @onFragmentSpread
                }
              }
            }
            ... @skip(unless: $foo) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation likeStory @onMutation {
          like(story: 123) @onField {
            story {
              id @onField
            }
          }
        }

        subscription StoryLikeSubscription($input: StoryLikeSubscribeInput @onVariableDefinition) @onSubscription {
          storyLikeSubscribe(input: $input) {
            story {
              likers {
                count
              }
              likeSentence {
                text
              }
            }
          }
        }

        fragment frag on Friend @onFragmentDefinition {
          foo(
            size: $size
            bar: $b
            obj: {key: "value", block: """
            block string uses \"""
            """}
          )
        }

        {
          unnamed(truthy: true, falsy: false, nullish: null)
          query
        }

        {
          __typename
        }
        """";

    public const string SchemaKitchenSink = """"
        "This is a description of the schema as a whole."
        schema {
          query: QueryType
          mutation: MutationType
        }

        """
        This is a description
        of the `Foo` type.
        """
        type Foo implements Bar & Baz & Two {
          "Description of the `one` field."
          one: Type
          """This is a description of the `two` field."""
          two(
            """This is a description of the `argument` argument."""
            argument: InputType!
          ): Type
          three(argument: InputType, other: String): Int
          four(argument: String = "string"): String
          five(argument: [String] = ["string", "string"]): String
          six(argument: InputType = {key: "value"}): Type
          seven(argument: Int = null): Type
        }

        type AnnotatedObject @onObject(arg: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        interface Bar {
          one: Type
          four(argument: String = "string"): String
        }

        interface AnnotatedInterface @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface Baz implements Bar & Two {
          one: Type
          two(argument: InputType!): Type
          four(argument: String = "string"): String
        }

        union Feed = Story | Article | Advert

        union AnnotatedUnion @onUnion = A | B

        union UndefinedUnion

        scalar CustomScalar

        scalar AnnotatedScalar @onScalar

        enum Site {
          """This is a description of the `DESKTOP` value"""
          DESKTOP
          "This is a description of the `MOBILE` value"
          MOBILE
          "This is a description of the `WEB` value"
          WEB
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        input InputType {
          key: String!
          answer: Int = 42
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        extend type Foo @onType

        extend interface Bar implements Two {
          two(argument: InputType!): Type
        }

        extend union Feed = Photo | Video

        extend enum Site {
          VR
        }

        extend input InputType {
          other: Float = 1.23e4 @onInputFieldDefinition
        }

        extend scalar CustomScalar @onScalar

        "This is a description of the `@skip` directive"
        directive @skip(
          "This is a description of the `if` argument"
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @include(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @myRepeatableDir(name: String!) repeatable on OBJECT | INTERFACE

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionType
        }
        """";

    [Theory]
    [InlineData(ExecutableKitchenSink)]
    [InlineData(SchemaKitchenSink)]
    public void Printing_canonical_text_gives_the_same_text_back(string text)
    {
        Assert.Equal(text, Printer.Print(Parser.Parse(text)));
    }

    [Theory]
    [InlineData(ExecutableKitchenSink)]
    [InlineData(SchemaKitchenSink)]
    [InlineData("query Q($a:Int=1,$b:[In!]!@d){a:b(c:{d:[1,2.5,\"s\",true,null,E]})@x{...F ...on T{c}}}fragment F on T{a}")]
    [InlineData("\"op\" query Q(\"v\" $a: Int) { a } \"f\" fragment F on T { b }")]
    public void Parsing_printed_text_gives_an_equal_tree(string text)
    {
        DocumentNode original = Parser.Parse(text);

        DocumentNode reparsed = Parser.Parse(Printer.Print(original));

        Assert.Equal(AstDump.Of(original), AstDump.Of(reparsed));
    }

    [Fact]
    public void Prints_compact_input_in_the_canonical_layout()
    {
        string printed = Printer.Print(Parser.Parse("query Q($a:Int=1,$b:[In!]!@d){a:b(c:{d:[1,2.5]})@x{...F ...on T{c}}}"));

        Assert.Equal("query Q($a: Int = 1, $b: [In!]! @d) {\n  a: b(c: {d: [1, 2.5]}) @x {\n    ...F\n    ... on T {\n      c\n    }\n  }\n}", printed);
    }

    [Fact]
    public void Wraps_field_arguments_once_the_line_passes_eighty_characters()
    {
        string printed = Printer.Print(Parser.Parse("{ aaaaaaaaaaaaaaaaaaaaaa: bbbbbbbbbbbbbbbbbbb(cccccccccccccc: 1, ddddddddddddddddd: 2, e: 33333) }"));

        Assert.Equal("{\n  aaaaaaaaaaaaaaaaaaaaaa: bbbbbbbbbbbbbbbbbbb(\n    cccccccccccccc: 1\n    ddddddddddddddddd: 2\n    e: 33333\n  )\n}", printed);
    }

    [Fact]
    public void Prints_described_variable_definitions_one_per_line()
    {
        string printed = Printer.Print(Parser.Parse("\"d\" query Q(\"v\" $a: Int, $b: Int) { a }"));

        Assert.Equal("\"d\"\nquery Q(\n\"v\"\n$a: Int\n$b: Int\n) {\n  a\n}", printed);
    }

    [Fact]
    public void Escapes_strings_as_graphql_js_does()
    {
        var value = new StringValueNode("q\" b\\ n\n t\t c\u0001 d\u007F e\u009F \u00e9 \U0001F600", block: false);

        Assert.Equal("\"q\\\" b\\\\ n\\n t\\t c\\u0001 d\\u007F e\\u009F \u00e9 \U0001F600\"", Printer.Print(value));
    }

    [Fact]
    public void Nodes_built_in_code_print_like_parsed_ones()
    {
        var field = new FieldNode(null, new NameNode("a"), [new ArgumentNode(new NameNode("x"), new IntValueNode("1"))], [], null);

        Assert.Equal("a(x: 1)", field.ToString());
    }
}
