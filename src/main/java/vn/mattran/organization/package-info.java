/** Administrative units, bodies, people, positions, users, roles and their scopes. */
package vn.mattran.organization;
