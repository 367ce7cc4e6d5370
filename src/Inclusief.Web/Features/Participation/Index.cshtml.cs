using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inclusief.Web.Features.Participation;

[AllowAnonymous]
public sealed class IndexModel : PageModel;
