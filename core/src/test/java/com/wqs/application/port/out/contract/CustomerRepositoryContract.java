package com.wqs.application.port.out.contract;

import static com.wqs.testing.CustomerBuilder.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wqs.application.port.out.CustomerRepository;
import com.wqs.application.port.out.Page;
import com.wqs.application.port.out.PageRequest;
import com.wqs.domain.customer.Customer;
import com.wqs.domain.customer.CustomerId;
import com.wqs.domain.shared.ConflictException;
import com.wqs.domain.shared.Language;
import com.wqs.domain.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

/** The contract of {@link CustomerRepository}. */
public abstract class CustomerRepositoryContract extends StoreContract {

    private CustomerRepository customers() {
        return store.customers();
    }

    @Test
    void insertedCustomerIsFoundWithEveryField() {
        Customer customer = aCustomer().name("Łukasz Żółć — Ventanas Ñandú 🪟").email("lukasz@example.pl")
                .phone("+48 22 123 45 67").address("ul. Długa 5\n00-001 Warszawa").taxId("PL-5260001246")
                .notes("Call after 17:00.\n日本語のメモ ✓").build();

        customers().insert(customer);

        assertThat(customers().findById(customer.id())).contains(customer);
    }

    @Test
    void unknownCustomerIsNotFound() {
        assertThat(customers().findById(CustomerId.newId())).isEmpty();
    }

    @Test
    void updateStoresTheNewStateAndIncrementsTheVersion() {
        Customer customer = givenCustomer();
        Customer renamed = new Customer(customer.id(), "Renamed S.A.", "new@example.com", "555", "New street 1",
                "NEW-TAX", "new notes", 0);

        customers().update(renamed);

        assertThat(customers().findById(customer.id())).contains(renamed.withVersion(1));
        customers().update(renamed.withVersion(1));
        assertThat(customers().findById(customer.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void theCustomersLanguageIsKeptAndCanBeClearedAgain() {
        Customer customer = givenCustomer();
        Customer spanish = new Customer(customer.id(), customer.name(), customer.email(), customer.phone(),
                customer.address(), customer.taxId(), customer.notes(), Language.SPANISH, 0);

        customers().update(spanish);
        assertThat(customers().findById(customer.id()).orElseThrow().language()).isEqualTo(Language.SPANISH);

        customers().update(new Customer(customer.id(), customer.name(), customer.email(), customer.phone(),
                customer.address(), customer.taxId(), customer.notes(), null, 1));
        assertThat(customers().findById(customer.id()).orElseThrow().language()).isNull();
    }

    @Test
    void staleUpdateIsAConflictAndChangesNothing() {
        Customer customer = givenCustomer();
        Customer first = new Customer(customer.id(), "First writer", "", "", "", "", "", 0);
        Customer second = new Customer(customer.id(), "Second writer", "", "", "", "", "", 0);
        customers().update(first);

        assertThatThrownBy(() -> customers().update(second))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.code()).isEqualTo("customer.stale");
                    assertThat(e.currentVersion()).as("the version stored now").hasValue(1);
                });
        assertThat(customers().findById(customer.id())).contains(first.withVersion(1));
    }

    @Test
    void updatingAMissingCustomerIsAConflict() {
        assertThatThrownBy(() -> customers().update(aCustomer().build())).isInstanceOf(ConflictException.class);
    }

    @Test
    void searchMatchesNameEmailPhoneOrTaxIdIgnoringCase() {
        Customer byName = givenCustomer(aCustomer().name("Ventanas Müller").email("a@example.com").phone("1")
                .taxId("T1"));
        Customer byEmail = givenCustomer(aCustomer().name("Beta").email("MUELLER@example.com").phone("2")
                .taxId("T2"));
        Customer byPhone = givenCustomer(aCustomer().name("Gamma").email("c@example.com").phone("+52 55 MULL 99")
                .taxId("T3"));
        Customer byTaxId = givenCustomer(aCustomer().name("Delta").email("d@example.com").phone("4")
                .taxId("mul-4455"));
        givenCustomer(aCustomer().name("Epsilon").email("e@example.com").phone("5").taxId("T5").notes("müller"));

        assertThat(customers().search("müller", PageRequest.FIRST).items()).containsExactly(byName);
        assertThat(customers().search("MUEL", PageRequest.FIRST).items()).containsExactly(byEmail);
        assertThat(customers().search("mull", PageRequest.FIRST).items()).containsExactly(byPhone);
        assertThat(customers().search("MUL-44", PageRequest.FIRST).items()).containsExactly(byTaxId);
        assertThat(customers().search("mu", PageRequest.FIRST).items()).containsExactly(byEmail, byTaxId, byPhone);
    }

    @Test
    void searchWithoutTextListsEveryoneSortedByName() {
        Customer c = givenCustomer(aCustomer().name("Carla"));
        Customer a = givenCustomer(aCustomer().name("Ana"));
        Customer b = givenCustomer(aCustomer().name("Bruno"));

        Page<Customer> page = customers().search(null, PageRequest.FIRST);

        assertThat(page.items()).containsExactly(a, b, c);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void searchReturnsTheRequestedPageAndTheTotal() {
        for (String name : new String[] {"G", "C", "A", "E", "B", "F", "D"}) {
            givenCustomer(aCustomer().name("Customer " + name));
        }

        Page<Customer> second = customers().search("customer", new PageRequest(2, 3));
        Page<Customer> last = customers().search("customer", new PageRequest(3, 3));
        Page<Customer> beyond = customers().search("customer", new PageRequest(4, 3));

        assertThat(second.items()).extracting(Customer::name).containsExactly("Customer D", "Customer E", "Customer F");
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.size()).isEqualTo(3);
        assertThat(last.items()).extracting(Customer::name).containsExactly("Customer G");
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(7);
    }

    @Test
    void searchTextIsLiteralNotAPattern() {
        Customer percent = givenCustomer(aCustomer().name("100% Glass"));
        givenCustomer(aCustomer().name("Plain Windows"));
        givenCustomer(aCustomer().name("Other_Name"));

        assertThat(customers().search("%", PageRequest.FIRST).items()).containsExactly(percent);
        assertThat(customers().search("n_m", PageRequest.FIRST).items()).isEmpty();
    }

    @Test
    void deleteRemovesTheCustomerAndTellsWhetherOneExisted() {
        Customer customer = givenCustomer();
        Customer other = givenCustomer();

        assertThat(customers().delete(customer.id())).isTrue();
        assertThat(customers().delete(customer.id())).isFalse();
        assertThat(customers().findById(customer.id())).isEmpty();
        assertThat(customers().findById(other.id())).contains(other);
    }
}
