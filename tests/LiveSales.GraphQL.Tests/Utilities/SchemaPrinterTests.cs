using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Types;
using LiveSales.GraphQL.Utilities;

namespace LiveSales.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    private const string Sdl = """"
        """The LiveSales test schema"""
        schema { query: Root mutation: Mutations }
        "An object with an ID" interface Node { "The id" id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Customer implements Named & Node @key(fields: "id") {
          id: ID!
          name: String
          "Orders, newest first" orders(
            "How many" first: Int = 10
            after: String
            status: [Status!] = [OPEN, WON]
          ): [Order!]! @deprecated(reason: "Use \"deals\" instead")
          deals(filter: Filter = {status: OPEN, amount: {min: 1.5}}): [Order] @deprecated
          tier: Tier
        }
        type Order { id: ID! amount: Money status: Status }
        union SearchResult = | Customer | Order
        enum Status { OPEN WON @deprecated(reason: "no more") LOST }
        """
        Tiers:
          indented text
        """
        enum Tier { GOLD SILVER }
        scalar Money @specifiedBy(url: "https://example.com/money")
        input Filter { status: Status = OPEN amount: Range "since" since: String old: Int @deprecated }
        input Range { min: Float max: Float = 1e3 }
        input Pick @oneOf { id: ID name: String }
        directive @key(fields: String!) repeatable on OBJECT | INTERFACE
        "Cost of a field" directive @cost("weight" weight: Int = 1) on FIELD_DEFINITION
        type Root { node(id: ID!): Node search(text: String!, pick: Pick): [SearchResult!]! }
        type Mutations { touch(id: ID!): Boolean }
        """";

    /// <summary>graphql-js 16's printSchema of <see cref="Sdl"/>.</summary>
    private const string Printed = """"
        """The LiveSales test schema"""
        schema {
          query: Root
          mutation: Mutations
        }

        directive @key(fields: String!) repeatable on OBJECT | INTERFACE

        """Cost of a field"""
        directive @cost(
          """weight"""
          weight: Int = 1
        ) on FIELD_DEFINITION

        """An object with an ID"""
        interface Node {
          """The id"""
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        type Customer implements Named & Node {
          id: ID!
          name: String

          """Orders, newest first"""
          orders(
            """How many"""
            first: Int = 10
            after: String
            status: [Status!] = [OPEN, WON]
          ): [Order!]! @deprecated(reason: "Use \"deals\" instead")
          deals(filter: Filter = {status: OPEN, amount: {min: 1.5, max: 1000}}): [Order] @deprecated
          tier: Tier
        }

        type Order {
          id: ID!
          amount: Money
          status: Status
        }

        union SearchResult = Customer | Order

        enum Status {
          OPEN
          WON @deprecated(reason: "no more")
          LOST
        }

        """
        Tiers:
          indented text
        """
        enum Tier {
          GOLD
          SILVER
        }

        scalar Money @specifiedBy(url: "https://example.com/money")

        input Filter {
          status: Status = OPEN
          amount: Range

          """since"""
          since: String
          old: Int @deprecated
        }

        input Range {
          min: Float
          max: Float = 1000
        }

        input Pick @oneOf {
          id: ID
          name: String
        }

        type Root {
          node(id: ID!): Node
          search(text: String!, pick: Pick): [SearchResult!]!
        }

        type Mutations {
          touch(id: ID!): Boolean
        }
        """";

    [Fact]
    public void Prints_a_schema_built_from_sdl_exactly_as_graphql_js()
    {
        Assert.Equal(Printed, SchemaBuilder.BuildSchema(Sdl).ToSdl());
    }

    [Fact]
    public void Printing_is_stable_when_the_printed_schema_is_built_again()
    {
        Assert.Equal(Printed, SchemaBuilder.BuildSchema(Printed).ToSdl());
    }

    [Fact]
    public void A_schema_with_default_root_names_and_no_description_prints_no_schema_definition()
    {
        string printed = SchemaPrinter.Print(SchemaBuilder.BuildSchema("type Query { a: Int } type Mutation { b: Int }"));

        Assert.Equal("type Query {\n  a: Int\n}\n\ntype Mutation {\n  b: Int\n}", printed);
    }

    [Fact]
    public void Descriptions_that_cannot_be_block_strings_print_as_quoted_strings()
    {
        var query = new ObjectType("Query", [new FieldDefinition("a", ScalarType.Int) { Description = "  indented\n  block" }])
        {
            Description = "ends with newline\n",
        };

        string printed = SchemaPrinter.Print(new Schema(new SchemaOptions { Query = query }));

        Assert.Equal("\"ends with newline\\n\"\ntype Query {\n  \"  indented\\n  block\"\n  a: Int\n}", printed);
    }
}
