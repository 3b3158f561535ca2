namespace Nexus.GraphQL;
