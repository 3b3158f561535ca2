namespace Nexus.Web.Infrastructure.Api;

public static class Paging
{
    public const int MaxPageSize = 100;

    public static ValidationErrors Validate(int page, int pageSize)
    {
        var errors = new ValidationErrors();
        if (page < 1 || page > 100_000)
        {
            errors.Add("page", "'page' must be between 1 and 100000.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
        }

        return errors;
    }
}
