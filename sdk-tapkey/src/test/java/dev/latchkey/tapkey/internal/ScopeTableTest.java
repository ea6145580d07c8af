package dev.latchkey.tapkey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeTableTest {

  @Test
  void namesTheDocumentedScopeOfEachCall() {
    assertThat(ScopeTable.requiredScope("GET", "/Owners")).contains("read:owneraccounts");
    assertThat(ScopeTable.requiredScope("GET", "/Owners/o1/BoundLocks/l1")).contains("read:core:entities");
    assertThat(ScopeTable.requiredScope("GET", "/Owners/o1/Contacts")).contains("read:core:entities");
    assertThat(ScopeTable.requiredScope("PUT", "/Owners/o1/Contacts")).contains("write:core:entities");
    assertThat(ScopeTable.requiredScope("GET", "/Owners/o1/Grants/g1")).contains("read:grants");
    assertThat(ScopeTable.requiredScope("PUT", "/Owners/o1/Grants")).contains("write:grants");
    assertThat(ScopeTable.requiredScope("POST", "/Owners/o1/Grants/g1/Revoke")).contains("write:grants");
    assertThat(ScopeTable.requiredScope("GET", "/Owners/o1/BoundCards")).contains("read:core:entities");
    assertThat(ScopeTable.requiredScope("GET", "/Owners/o1/BoundCards/c1/Grants")).contains("read:grants");
    assertThat(ScopeTable.requiredScope("POST", "/Owners/o1/Contacts/c1/RevokeGrants")).contains("write:grants");
    assertThat(ScopeTable.requiredScope("GET", "/Somewhere")).isEmpty();
    assertThat(ScopeTable.requiredScope(null, null)).isEmpty();
  }
}
