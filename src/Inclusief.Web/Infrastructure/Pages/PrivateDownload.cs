using Microsoft.AspNetCore.Mvc;

namespace Inclusief.Web.Infrastructure.Pages;

/// <summary>An export: it may hold names, addresses and needs, so it is never kept in a shared computer's browser cache.</summary>
public sealed class PrivateDownload(byte[] contents, string contentType) : FileContentResult(contents, contentType)
{
    public override Task ExecuteResultAsync(ActionContext context)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return base.ExecuteResultAsync(context);
    }
}
