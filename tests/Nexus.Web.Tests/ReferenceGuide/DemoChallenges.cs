using System.Text.Json.Nodes;
using Nexus.Web.Features.ReferenceGuide;

namespace Nexus.Web.Tests.ReferenceGuide;

/// <summary>The demo cohort's challenges (real learners' wording), labelled: three problems several learners hit, the rest unique.</summary>
public static class DemoChallenges
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["Celery tasks never ran after a booking"] = "celery",
        ["Background worker not picking up jobs"] = "celery",
        ["Celery worker silently ignoring tasks inside Docker Compose"] = "celery",
        ["The same “Celery tasks not executing” question every week"] = "celery",
        ["N+1 queries made the listings endpoint slow"] = "n+1",
        ["GraphQL resolvers hitting the database hundreds of times"] = "n+1",
        ["Django ORM hitting the database hundreds of times on order history"] = "n+1",
        ["N+1 queries slipping through code review"] = "n+1",
        ["CORS errors calling the API from React"] = "cors",
        ["Preflight requests rejected by the API"] = "cors",
        ["“Access to fetch has been blocked by CORS policy” on the live site"] = "cors",
        ["Refresh cookie never sent — CORS with credentials"] = "cors",
        ["Requests to the Django API fail only in the browser"] = "cors",
    };

    public static List<(string Label, ClusterInput Challenge)> Load()
    {
        var assembly = typeof(Nexus.Web.NexusApplication).Assembly;
        var result = new List<(string, ClusterInput)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".hub-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            foreach (var challenge in JsonNode.Parse(stream)!["hub"]!["challenges"]!.AsArray())
            {
                var title = challenge!["title"]!.GetValue<string>();
                var technologies = challenge["technologies"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [];
                result.Add((Labels.GetValueOrDefault(title, title),
                    new ClusterInput(result.Count, title, challenge["problem"]?.GetValue<string>() ?? "", technologies)));
            }
        }

        return result;
    }
}
