package com.wqs.adapter.cli.demo;

import com.wqs.application.port.in.CustomerCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Three dozen invented customers: households, builders, architects, a school, hotels and shops. */
final class DemoCustomers {
    private static final String[] PEOPLE = {"Ana Torres", "Brian Walsh", "Carmen Ruiz", "David Okafor", "Elena Petrova",
        "Frank Moreau", "Grace Liu", "Hector Salas", "Irene Novak", "James Carter", "Karin Berg", "Luis Mendoza",
        "Maya Patel", "Nora Fischer", "Oscar Lindqvist", "Paula Rossi", "Quentin Blake", "Rosa Jimenez"};
    private static final String[] COMPANIES = {"Northside Builders Ltd", "Harbour View Hotel", "Greenfield Primary School",
        "Atlas Construction Group", "Bluewater Apartments", "Cedar & Stone Architects", "Sunrise Dental Clinic",
        "Riverside Offices LLC", "Maple Grove Homes", "Pinecrest Property Management", "Urban Loft Developments",
        "Coastal Renovations", "Hillside Community Centre", "Golden Bakery", "Metro Car Showroom",
        "Lakeside Residences", "Summit Fitness Club", "Old Town Boutique"};

    private DemoCustomers() {
    }

    static List<CustomerCommand> all() {
        List<CustomerCommand> customers = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            String name = PEOPLE[i];
            String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "@example.com";
            customers.add(new CustomerCommand(name, email, phone(i), (12 + i * 7) + " Elm Street, Springfield", "",
                    "Private home owner"));
        }
        for (int i = 0; i < COMPANIES.length; i++) {
            String name = COMPANIES[i];
            String domain = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
            customers.add(new CustomerCommand(name, "office@" + domain, phone(100 + i),
                    (200 + i * 11) + " Industrial Avenue, Springfield", "TX-" + (40_100 + i * 37), ""));
        }
        return customers;
    }

    private static String phone(int i) {
        return String.format("+1 555 %03d %04d", 100 + i % 900, 1000 + (i * 7919) % 9000);
    }
}
