using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Newsletter;

[AllowAnonymous]
public sealed class RequestedModel : PageModel;
