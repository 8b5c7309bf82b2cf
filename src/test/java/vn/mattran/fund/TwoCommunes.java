package vn.mattran.fund;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.mattran.fund.FundMother.Commune;

/** Tests over funds of two communes of An Lão ({@link FundMother}): the mother and both communes, made once a class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoCommunes {

	@Autowired
	ApplicationContext context;

	FundMother mother;
	Commune a;
	Commune b;

	@BeforeAll
	void communes() {
		mother = new FundMother(context);
		a = mother.a;
		b = mother.b;
	}
}
