using Inclusief.Web.Infrastructure.Pages;

namespace Inclusief.Tests.Infrastructure;

public sealed class PagerTests
{
    [Theory]
    [InlineData(1, 0, false, 1)]
    [InlineData(1, 50, false, 1)]
    [InlineData(1, 51, true, 2)]
    [InlineData(2, 100, false, 2)]
    [InlineData(3, 101, false, 3)]
    public void A_counted_list_knows_its_pages_and_whether_there_is_a_next_one(int page, int total, bool hasMore, int pages)
    {
        var pager = Pager.Counted(page, total, 50, p => $"/x?p={p}");

        Assert.Equal(hasMore, pager.HasMore);
        Assert.Equal(pages, pager.Pages);
        Assert.Equal("/x?p=4", pager.Url(4));
    }

    [Theory]
    [InlineData(-5, 1)]
    [InlineData(0, 1)]
    [InlineData(7, 7)]
    [InlineData(int.MaxValue, 10_000)]
    public void A_page_number_from_the_address_stays_within_bounds(int asked, int used) => Assert.Equal(used, Pager.Valid(asked));
}
